class C600:
    k = 2
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"C600({self.v!r})"
    def __eq__(self, o):
        return isinstance(o, C600) and self.v == o.v
    def __hash__(self):
        return hash(self.v)
    def __add__(self, o):
        return C600(self.v | (o.v if isinstance(o, C600) else o))
    def __lt__(self, o):
        return self.v < o.v
class D600(C600):
    @property
    def double(self):
        return self.v * 2
    def __repr__(self):
        return "D" + super().__repr__()
xs600 = [D600(i) for i in [-1, 4, -3]]
print(sorted(xs600), {C600(2), C600(1)}, xs600[0].double if xs600 else None)
print(C600(-1) + 1, C600.k, D600.__mro__[1].__name__)
d668 = {i: str(i) for i in [63, 3, -1]}
d668.update({-2**63: "x"}, extra=['{}'])
print(sorted(d668.items(), key=repr), d668.get(17, "missing"), d668.pop(6, None))
print(list(d668.keys() & {14, 1}), d668.setdefault("k", []), len(d668))
import collections
c163 = collections.Counter('hello world')
print(c163.most_common(0), sorted(c163.elements())[:2])
dq163 = collections.deque([12, 5, -1], maxlen=8 + 1)
dq163.rotate(4 % 5)
dq163.appendleft(None)
print(list(dq163))
dd163 = collections.defaultdict(list)
for i in [9, -4, 3, 5, -5, -1]:
    dd163[i % 3].append(i)
print(dict(dd163), collections.OrderedDict(a=1, b=2))
P163 = collections.namedtuple("P163", "x y")
print(P163('a', {'': True}), P163(1, 2)._replace(x=0))
