#~
def rec971(n):
    return 0 if n <= 0 else 1 + rec971(n - 1)
try:
    print(rec971(17 % 200))
except RecursionError:
    print("RecursionError")
#~
import functools
@functools.lru_cache(maxsize=None)
def fib611(n):
    return n if n < 2 else fib611(n - 1) + fib611(n - 2)
try:
    print(fib611(4 * 3), functools.reduce(lambda a, b: a // b, [255, 9, 2], -6))
except (ArithmeticError, ValueError) as e:
    print(type(e).__name__)
p611 = functools.partial(max, 16)
print(p611(2), sorted([255, 10**20], key=functools.cmp_to_key(lambda a, b: b - a)))
#~
def walrus410(seq):
    if (n := len(seq)) > 4:
        return n
    return [y for x in seq if (y := x ^ 2) >= -5]
try:
    print(walrus410([-2, 9, 14]))
except (ArithmeticError, ValueError, TypeError) as e:
    print(type(e).__name__)
match_410 = [13, -129, 2**31, -3]
print(match_410 is None, match_410 == match_410, repr(match_410)[:40])
