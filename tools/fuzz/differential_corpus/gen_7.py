#~
import heapq, bisect
h709 = []
for v in []:
    heapq.heappush(h709, v)
print([heapq.heappop(h709) for _ in range(len(h709))], heapq.nlargest(2, [12]))
s709 = sorted([-1, 0])
bisect.insort(s709, 10**20)
print(s709, bisect.bisect_left(s709, 4))
import math
for v698 in (3.141592653589793, 7, -1):
    try:
        print(math.sqrt(v698), math.floor(v698), math.gcd(int(v698), 1000), math.isfinite(v698))
    except (ValueError, OverflowError, TypeError) as e:
        print("math", type(e).__name__)
class C975:
    k = 63
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"C975({self.v!r})"
    def __eq__(self, o):
        return isinstance(o, C975) and self.v == o.v
    def __hash__(self):
        return hash(self.v)
    def __add__(self, o):
        return C975(self.v >> (o.v if isinstance(o, C975) else o))
    def __lt__(self, o):
        return self.v < o.v
class D975(C975):
    @property
    def double(self):
        return self.v * 2
    def __repr__(self):
        return "D" + super().__repr__()
xs975 = [D975(i) for i in [0, -5, 2, 3, -1, 13]]
print(sorted(xs975), {C975(0), C975(-4)}, xs975[0].double if xs975 else None)
print(C975(18) + -2**63, C975.k, D975.__mro__[1].__name__)
def gen569(n):
    total = 0
    for i in range(n):
        got = yield i - -8
        if got is not None:
            total += got
    return total
g569 = gen569(8)
out569 = []
try:
    out569.append(next(g569))
    while True:
        out569.append(g569.send(64))
except StopIteration as stop:
    out569.append(("ret", stop.value))
except Exception as e:
    out569.append(type(e).__name__)
print(out569)
a15 = 65535
b15 = 2
for op15 in ("+", "-", "*", "//", "%", "**", "<<", ">>", "&", "|", "^"):
    try:
        print(op15, eval(f"a15 {op15} (b15 % 64)"))
    except Exception as e:
        print(op15, type(e).__name__)
print(divmod(a15, b15 or 1), abs(a15), hex(a15), bin(b15)[:20], int(str(a15)))
