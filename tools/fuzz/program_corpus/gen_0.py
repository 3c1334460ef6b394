import itertools
print(list(itertools.islice(itertools.count(-3), 6)))
print(list(itertools.permutations([10, 64][:3], 2))[:5], list(itertools.accumulate([1, 65535])))
print([(k, list(g)) for k, g in itertools.groupby(sorted([2, 6, 63, -2]))])
print(list(itertools.chain([14, 12, 63, -4], "ab")), list(itertools.product("ab", repeat=2)))
print(list(itertools.zip_longest([4, 7, 7], "xyz", fillvalue=0))[:4])
class C103:
    k = 11
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"C103({self.v!r})"
    def __eq__(self, o):
        return isinstance(o, C103) and self.v == o.v
    def __hash__(self):
        return hash(self.v)
    def __add__(self, o):
        return C103(self.v ** (o.v if isinstance(o, C103) else o))
    def __lt__(self, o):
        return self.v < o.v
class D103(C103):
    @property
    def double(self):
        return self.v * 2
    def __repr__(self):
        return "D" + super().__repr__()
xs103 = [D103(i) for i in [-2**63, 12, -2]]
print(sorted(xs103), {C103(17), C103(3)}, xs103[0].double if xs103 else None)
print(C103(16) + 12, C103.k, D103.__mro__[1].__name__)
class Box146:
    def __init__(self, items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        return iter(self.items)
    def __bool__(self):
        return bool(self.items)
b146 = Box146([11, 3, 4])
print(len(b146), -129 in b146, list(b146)[::7 or 1], bool(b146))
try:
    print(b146[100])
except IndexError as e:
    print("IndexError", e)
