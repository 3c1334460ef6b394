#~
def deco360(f):
    calls = []
    def wrapper(*args, **kwargs):
        calls.append((args, tuple(sorted(kwargs))))
        return f(*args, **kwargs)
    wrapper.calls = calls
    return wrapper
@deco360
def f360(a, b=-2**63, *rest, key=None, **kw):
    return (a, b, rest, key, sorted(kw.items()))
print(f360('😀x'), f360(1, 2, 3, key=None, z=[3, 0]), len(f360.calls))
#~
import functools
@functools.lru_cache(maxsize=None)
def fib613(n):
    return n if n < 2 else fib613(n - 1) + fib613(n - 2)
try:
    print(fib613(6 * 3), functools.reduce(lambda a, b: a - b, [], 9))
except (ArithmeticError, ValueError) as e:
    print(type(e).__name__)
p613 = functools.partial(max, -8)
print(p613(-8), sorted([8, -3, 2**63], key=functools.cmp_to_key(lambda a, b: b - a)))
#~
def deco837(f):
    calls = []
    def wrapper(*args, **kwargs):
        calls.append((args, tuple(sorted(kwargs))))
        return f(*args, **kwargs)
    wrapper.calls = calls
    return wrapper
@deco837
def f837(a, b=-7, *rest, key=None, **kw):
    return (a, b, rest, key, sorted(kw.items()))
print(f837([10, 3]), f837(1, 2, 3, key=[[2]], z='\n\t x'), len(f837.calls))
#~
import re
try:
    p437 = re.compile('.*?b')
    print(p437.findall('abc'), p437.sub("_", '日本語'), bool(p437.match('')))
    m437 = p437.search('{}')
    print(m437.span() if m437 else None, p437.split('123'))
except re.error as e:
    print("re.error")
