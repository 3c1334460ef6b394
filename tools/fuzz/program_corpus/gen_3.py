#~
l731 = [-3]
l731[4:5] = [2, 8, 2, 10, 5]
del l731[::5 or 2]
l731.sort(key=lambda v: (v % 3, -v))
l731.extend(l731[:0])
print(l731, l731.count(16), l731.index(l731[0]) if l731 else -1, l731 * 2 < l731)
#~
import dataclasses
@dataclasses.dataclass(order=True)
class Pt497:
    x: int = 7
    y: int = 0
print(sorted([Pt497(-6, 1), Pt497()]), Pt497(1, 2) == Pt497(1, 2), dataclasses.asdict(Pt497()))
#~
class C366:
    k = 1
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"C366({self.v!r})"
    def __eq__(self, o):
        return isinstance(o, C366) and self.v == o.v
    def __hash__(self):
        return hash(self.v)
    def __add__(self, o):
        return C366(self.v ^ (o.v if isinstance(o, C366) else o))
    def __lt__(self, o):
        return self.v < o.v
class D366(C366):
    @property
    def double(self):
        return self.v * 2
    def __repr__(self):
        return "D" + super().__repr__()
xs366 = [D366(i) for i in [255, 2**63, 2**31, -1, 9]]
print(sorted(xs366), {C366(15), C366(3)}, xs366[0].double if xs366 else None)
print(C366(7) + -8, C366.k, D366.__mro__[1].__name__)
