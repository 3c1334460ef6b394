#~
d668 = {i: str(i) for i in [3, -1]}
d668.update({-2**63: "x"}, extra=['{}'])
print(sorted(d668.items(), key=repr), d668.get(17, "missing"), d668.pop(6, None))
print(list(d668.keys() & {14, 1}), d668.setdefault("k", []), len(d668))
#~
import collections
c163 = collections.Counter('hello world')
print(c163.most_common(4), sorted(c163.elements())[:8])
dq163 = collections.deque([5, -1, 9, 2, 3], maxlen=6 + 1)
dq163.rotate(-8 % 5)
dq163.appendleft([5, -5])
print(list(dq163))
dd163 = collections.defaultdict(list)
for i in [10]:
    dd163[i % 3].append(i)
print(dict(dd163), collections.OrderedDict(a=1, b=2))
P163 = collections.namedtuple("P163", "x y")
print(P163(-7.25, 100), P163(1, 2)._replace(x=-8))
#~
class Meta217:
    __slots__ = ("a", "b")
    def __init__(self, a, b=None):
        self.a, self.b = a, b
    @classmethod
    def make(cls, *args):
        return cls(*args)
    @staticmethod
    def twice(x):
        return x * 2
m217 = Meta217.make(2**64 - 1, 1e300)
try:
    m217.c = 1
except AttributeError as e:
    print("slots", type(e).__name__)
print(m217.a, m217.b, Meta217.twice(True))
#~
T853 = type("T853", (object,), {"a": 10**20, "f": lambda self: self.a / 1})
o853 = T853()
setattr(o853, "b", True)
print(o853.f(), getattr(o853, "b"), hasattr(o853, "zz"), isinstance(o853, T853), sorted(vars(o853)))
print(type(None).__name__, callable(o853.f), eval("-5 | 2"))
