import copy, pickle, collections
class MyStr(str): pass
class MyInt(int): pass
class MyTup(tuple): pass
class MyFloat(float): pass
s = MyStr('abc'); s.tag = 1
for v in (s, MyInt(7), MyTup((1, [2])), MyFloat(2.5), frozenset([1])):
    c = copy.copy(v); d = copy.deepcopy(v)
    print(type(c).__name__, c, type(d).__name__, d, getattr(c, '__dict__', None))
Pt = collections.namedtuple('Pt', 'x y')
p = Pt(1, [2])
d = copy.deepcopy(p); print(d, d.y is p.y, copy.copy(p).y is p.y)
class NA:
    def __init__(self, a): self.a = a
    def __getnewargs__(self): return (self.a,)
    def __new__(cls, a):
        o = super().__new__(cls); o.made = a; return o
n = copy.copy(NA(3)); print(n.a, n.made)
class L(list):
    def __init__(self, *a): super().__init__(*a); self.k = 1
l = copy.deepcopy(L([1, [2]])); print(l, l.k, type(l).__name__)

# Frozen dataclasses with slots copy and pickle through their state.
import dataclasses


@dataclasses.dataclass(frozen=True, slots=True)
class Frozen:
    a: int
    b: list


fz = Frozen(1, [2])
print(copy.copy(fz), copy.deepcopy(fz).b is fz.b, pickle.loads(pickle.dumps(fz)))
print(fz.__getstate__(), Frozen.__slots__)


@dataclasses.dataclass(slots=True)
class Plain:
    x: int


print(copy.deepcopy(Plain(4)), pickle.loads(pickle.dumps(Plain(5))), Plain.x)
for v in (Pt(1, 2), MyStr('p'), MyTup((3,))):
    print(pickle.loads(pickle.dumps(v, 2)), type(pickle.loads(pickle.dumps(v))).__name__)
