bs80 = bytes([2, 0, 64, 14, -2**63, -5][:8]) if all(0 <= v < 256 for v in [-2**63, 13, 7, 3][:8]) else b"ab"
ba80 = bytearray(bs80) + b"80"
ba80[0:1] = b"Z"
print(bs80.hex(), ba80, bs80.decode("latin-1"), ba80.find(b"80"))
def walrus614(seq):
    if (n := len(seq)) > 6:
        return n
    return [y for x in seq if (y := x << 2) <= -3]
print(walrus614([-1, 4]), walrus614('123') if False else None)
match_614 = None
print(match_614 is None, match_614 == match_614, repr(match_614)[:40])
import math
for v82 in (2.5e10, 3, -1):
    try:
        print(math.sqrt(v82), math.floor(v82), math.gcd(int(v82), -2**63), math.isfinite(v82))
    except (ValueError, OverflowError, TypeError) as e:
        print("math", type(e).__name__)
