import functools
@functools.lru_cache(maxsize=None)
def fib892(n):
    return n if n < 2 else fib892(n - 1) + fib892(n - 2)
print(fib892(8 * 3), functools.reduce(lambda a, b: a % b, [0, -129], 18))
p892 = functools.partial(max, 2**63)
print(p892(-10), sorted([9, -3], key=functools.cmp_to_key(lambda a, b: b - a)))
import re
try:
    p308 = re.compile(r'(?P<x>a)(?P=x)')
    print(p308.findall('a,b,,c'), p308.sub("_", '-4.5e3'), bool(p308.match('a,b,,c')))
    m308 = p308.search('ünïcödé')
    print(m308.span() if m308 else None, p308.split('-4.5e3'))
except re.error as e:
    print("re.error")
import itertools
print(list(itertools.islice(itertools.count(-4), 6)))
print(list(itertools.permutations([65535, 31, 0, -2, 1][:3], 2))[:5], list(itertools.accumulate([-1])))
print([(k, list(g)) for k, g in itertools.groupby(sorted([13, 10]))])
print(list(itertools.chain([11], "ab")), list(itertools.product("ab", repeat=2)))
print(list(itertools.zip_longest([-4], "xyz", fillvalue=0))[:4])
def rec356(n):
    return 0 if n <= 0 else 1 + rec356(n - 1)
try:
    print(rec356(8 % 200))
except RecursionError:
    print("RecursionError")
def rec697(n):
    return 0 if n <= 0 else 1 + rec697(n - 1)
try:
    print(rec697(3 % 200))
except RecursionError:
    print("RecursionError")
