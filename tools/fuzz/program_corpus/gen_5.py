#~
try:
    assert False != 31, "assertion 534"
    print("assert ok")
except (AssertionError, TypeError) as e:
    print(type(e).__name__, e)
print(all([-3, -4, 2, 3]), any([]), [True] or True, True and {'hello world': None}, not [1e300])
#~
import math
for v63 in (1e-300, 12345678901234567890123, -2):
    try:
        print(math.sqrt(v63), math.floor(v63), math.gcd(int(v63), -6), math.isfinite(v63))
    except (ValueError, OverflowError, TypeError) as e:
        print("math", type(e).__name__)
