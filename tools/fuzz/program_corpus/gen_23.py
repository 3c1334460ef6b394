data68 = [-5, 8, -5, -3, 65535, 6]
print([x << y for x in data68 for y in data68[:3] if x is not y])
print({x: x * x for x in data68 if x})
print({x % 5 for x in data68}, sorted(set(data68) ^ {1, 2, -3}))
print(list(zip(data68, reversed(data68))), dict(enumerate(data68)))
l811 = [-129, 2]
l811[0:1] = [-4, 8]
del l811[::7 or 2]
l811.sort(key=lambda v: (v % 3, -v))
l811.extend(l811[:6])
print(l811, l811.count(-2), l811.index(l811[0]) if l811 else -1, l811 * 2 < l811)
import functools
@functools.lru_cache(maxsize=None)
def fib184(n):
    return n if n < 2 else fib184(n - 1) + fib184(n - 2)
print(fib184(6 * 3), functools.reduce(lambda a, b: a ^ b, [2, 2, 100], 14))
p184 = functools.partial(max, -10)
print(p184(31), sorted([-3], key=functools.cmp_to_key(lambda a, b: b - a)))
