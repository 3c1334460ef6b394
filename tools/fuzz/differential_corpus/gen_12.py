#~
def inner310():
    yield {'\n\t x': None}
    yield from range(2)
    return "done"
def outer310():
    r = yield from inner310()
    yield r
print(list(outer310()), sum(x for x in range(8) if x % 2))
g310 = outer310()
next(g310)
g310.close()
print(list(g310))
class C818:
    k = 2**63
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"C818({self.v!r})"
    def __eq__(self, o):
        return isinstance(o, C818) and self.v == o.v
    def __hash__(self):
        return hash(self.v)
    def __add__(self, o):
        return C818(self.v >> (o.v if isinstance(o, C818) else o))
    def __lt__(self, o):
        return self.v < o.v
class D818(C818):
    @property
    def double(self):
        return self.v * 2
    def __repr__(self):
        return "D" + super().__repr__()
xs818 = [D818(i) for i in []]
print(sorted(xs818), {C818(10), C818(4)}, xs818[0].double if xs818 else None)
print(C818(9) + 63, C818.k, D818.__mro__[1].__name__)
import dataclasses
@dataclasses.dataclass(order=True)
class Pt987:
    x: int = 2**63
    y: int = 0
print(sorted([Pt987(13, 1), Pt987()]), Pt987(1, 2) == Pt987(1, 2), dataclasses.asdict(Pt987()))
a95 = 6
b95 = -1
for op95 in ("+", "-", "*", "//", "%", "**", "<<", ">>", "&", "|", "^"):
    try:
        print(op95, eval(f"a95 {op95} (b95 % 64)"))
    except Exception as e:
        print(op95, type(e).__name__)
print(divmod(a95, b95 or 1), abs(a95), hex(a95), bin(b95)[:20], int(str(a95)))
try:
    try:
        raise ZeroDivisionError('😀x')
    finally:
        print("inner finally")
except (ZeroDivisionError, KeyError) as e136:
    print("got", type(e136).__name__, e136.args)
except Exception as e136:
    print("other", type(e136).__name__)
