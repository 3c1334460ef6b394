#~
import itertools
print(list(itertools.islice(itertools.count(-2), 8)))
print(list(itertools.permutations([64, 0, -5, 8, 2][:3], 2))[:5], list(itertools.accumulate([-1, 5, -129])))
print([(k, list(g)) for k, g in itertools.groupby(sorted([13, -5, 8]))])
print(list(itertools.chain([], "ab")), list(itertools.product("ab", repeat=2)))
print(list(itertools.zip_longest([4, 7, 7], "xyz", fillvalue=0))[:4])
#~
class C103:
    k = 6
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"C103({self.v!r})"
    def __eq__(self, o):
        return isinstance(o, C103) and self.v == o.v
    def __hash__(self):
        return hash(self.v)
    def __add__(self, o):
        return C103(self.v - (o.v if isinstance(o, C103) else o))
    def __lt__(self, o):
        return self.v < o.v
class D103(C103):
    @property
    def double(self):
        return self.v * 2
    def __repr__(self):
        return "D" + super().__repr__()
xs103 = [D103(i) for i in [12, -2, 13, 3, 12]]
print(sorted(xs103), {C103(12), C103(2)}, xs103[0].double if xs103 else None)
print(C103(11) + 14, C103.k, D103.__mro__[1].__name__)
#~
x708 = float('nan')
print(round(x708, 7), float(repr(x708)) == x708, f"{x708:.2f}", f"{x708:e}")
print(x708.is_integer(), int(x708) if x708 == x708 and abs(x708) < 1e300 else None)
