import math
for v568 in (float('nan'), 1, -4):
    try:
        print(math.sqrt(v568), math.floor(v568), math.gcd(int(v568), 7), math.isfinite(v568))
    except (ValueError, OverflowError, TypeError) as e:
        print("math", type(e).__name__)
import heapq, bisect
h932 = []
for v in []:
    heapq.heappush(h932, v)
print([heapq.heappop(h932) for _ in range(len(h932))], heapq.nlargest(2, [-2**63, 12, 13]))
s932 = sorted([1])
bisect.insort(s932, 12)
print(s932, bisect.bisect_left(s932, -9))
try:
    try:
        raise IndexError('')
    finally:
        print("inner finally")
except (Exception, KeyError) as e976:
    print("got", type(e976).__name__, e976.args)
