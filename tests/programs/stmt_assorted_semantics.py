# Assignment forms, loops with else, augmented assignment, closures, decorators, del, assert, comparisons and type names.
a = b = c = [1]
a.append(2); print(b, c is a)
x, y = 1, 2; x, y = y, x; print(x, y)
(p, q), r = (1, 2), 3; print(p, q, r)
[s, t] = 'ab'; print(s, t)
first, *rest = range(5); print(first, rest)
*init, last = 'hello'; print(init, last)
a, *b, c = 1, 2; print(a, b, c)
for i, (j, k) in enumerate([(1, 2), (3, 4)]): print(i, j, k)
d = {}; d['a'] = d['b'] = 5; print(d)
l = [0] * 5; l[1:3] = [7, 8, 9]; print(l)
i = 0
while i < 3:
    i += 1
    if i == 5: break
else:
    print('while else', i)
for n in range(3):
    pass
else:
    print('for else', n)
for n in []:
    pass
print(n)
x = 10
x //= 3; x **= 2; x %= 5; x <<= 3; x >>= 1; x |= 1; x &= 0xF; x ^= 3; print(x)
s = 'ab'; s *= 2; s += 'c'; print(s)
t = (1,); t += (2,); print(t)
def outer():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
f = outer(); f(); print(f(), f.__name__, outer.__name__)
def make():
    fs = []
    for i in range(3):
        fs.append(lambda i=i: i * 10)
    return [g() for g in fs]
print(make())
g = 5
def setg():
    global g
    g = 6
setg(); print(g)
def kw(a, *args, b=2, **kw): return (a, args, b, kw)
print(kw(1, 2, 3, b=4, c=5), kw(a=1))
print((lambda *a: a)(1, 2), (lambda **k: sorted(k))(z=1, a=2))
def deco(fn):
    def wrapper(*a, **k):
        print('calling', fn.__name__)
        return fn(*a, **k)
    return wrapper
@deco
def hello(name): return 'hi ' + name
print(hello('bob'))
class C:
    count = 0
    def __init__(self): C.count += 1
C(); C(); print(C.count)
del d['a']; print(d)
lst = [1, 2, 3]; del lst[0]; print(lst)
del lst[:]; print(lst)
x = 1
del x
try:
    x
except NameError as e:
    print(e)
assert True, 'no'
try:
    assert 1 > 2, f'bad {1}'
except AssertionError as e:
    print('AE', e, e.args)
try:
    assert False
except AssertionError as e:
    print('AE2', repr(e), e.args)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2, 1 == 1.0 != 2)
print(None is None, [] is [], None is not print, 'a' in 'abc', 4 not in [1, 2])
print(0 or 'x', '' and 'y', [] or {}, 1 and 2, not 0, not [1])
print('yes' if [] else 'no', (1 if True else 2))
print([1, 2][True], {True: 'a'}[1])
print(type(None).__name__, type(print).__name__, type(len).__name__, type(C).__name__, type(C()).__name__, type(lambda: 0).__name__)
print(type(range(1)).__name__, type({}.keys()).__name__, type(iter([])).__name__, type(zip()).__name__)
