i112 = 0
while i112 < 8 * 10:
    i112 += 6 or 1
    if i112 % 7 == 0:
        continue
else:
    print("while done", i112)
for j112 in range(15 % 50):
    if j112 == 2:
        break
else:
    print("for done")
import functools
@functools.lru_cache(maxsize=None)
def fib738(n):
    return n if n < 2 else fib738(n - 1) + fib738(n - 2)
print(fib738(1 * 3), functools.reduce(lambda a, b: a << b, [10, -5, 4, 0, 0, 63], -4))
p738 = functools.partial(max, 19)
print(p738(15), sorted([256, 6], key=functools.cmp_to_key(lambda a, b: b - a)))
