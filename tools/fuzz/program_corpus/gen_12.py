#~
import math
for v917 in (1e300, 3, -4):
    try:
        print(math.sqrt(v917), math.floor(v917), math.gcd(int(v917), 0), math.isfinite(v917))
    except (ValueError, OverflowError, TypeError) as e:
        print("math", type(e).__name__)
#~
import dataclasses
@dataclasses.dataclass(order=True)
class Pt317:
    x: int = 7
    y: int = 0
print(sorted([Pt317(-4, 1), Pt317()]), Pt317(1, 2) == Pt317(1, 2), dataclasses.asdict(Pt317()))
#~
import functools
@functools.lru_cache(maxsize=None)
def fib979(n):
    return n if n < 2 else fib979(n - 1) + fib979(n - 2)
try:
    print(fib979(3 * 3), functools.reduce(lambda a, b: a + b, [10, 0, 5], 63))
except (ArithmeticError, ValueError) as e:
    print(type(e).__name__)
p979 = functools.partial(max, 18)
print(p979(5), sorted([256], key=functools.cmp_to_key(lambda a, b: b - a)))
#~
try:
    assert [12, 4, 255, 12] <= -129, "assertion 72"
    print("assert ok")
except (AssertionError, TypeError) as e:
    print(type(e).__name__, e)
print(all([7, -3, 11, 255]), any([]), 3.141592653589793 or {'a': ['a']}, True and {'-4.5e3': None}, not None)
#~
def inner410():
    yield [[False]]
    yield from range(1)
    return "done"
def outer410():
    r = yield from inner410()
    yield r
print(list(outer410()), sum(x for x in range(1) if x % 2))
g410 = outer410()
next(g410)
g410.close()
print(list(g410))
