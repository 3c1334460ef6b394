#~
import collections
c540 = collections.Counter('😀x')
print(c540.most_common(6), sorted(c540.elements())[:5])
dq540 = collections.deque([11, 9], maxlen=8 + 1)
dq540.rotate(100 % 5)
dq540.appendleft(-2**63)
print(list(dq540))
dd540 = collections.defaultdict(list)
for i in [11]:
    dd540[i % 3].append(i)
print(dict(dd540), collections.OrderedDict(a=1, b=2))
P540 = collections.namedtuple("P540", "x y")
print(P540(['a' * 20], '%s%d'), P540(1, 2)._replace(x=17))
#~
class Meta165:
    __slots__ = ("a", "b")
    def __init__(self, a, b=None):
        self.a, self.b = a, b
    @classmethod
    def make(cls, *args):
        return cls(*args)
    @staticmethod
    def twice(x):
        return x * 2
m165 = Meta165.make(65535, 'a,b,,c')
try:
    m165.c = 1
except AttributeError as e:
    print("slots", type(e).__name__)
print(m165.a, m165.b, Meta165.twice(0))
#~
import re
try:
    p574 = re.compile('(')
    print(p574.findall('a' * 20), p574.sub("_", '日本語'), bool(p574.match('{}')))
    m574 = p574.search('hello world')
    print(m574.span() if m574 else None, p574.split('a'))
except re.error as e:
    print("re.error")
#~
d952 = {i: str(i) for i in [13, -2]}
d952.update({14: "x"}, extra=False)
print(sorted(d952.items(), key=repr), d952.get(1, "missing"), d952.pop(16, None))
print(list(d952.keys() & {19, 1}), d952.setdefault("k", []), len(d952))
#~
class C33:
    k = 5
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"C33({self.v!r})"
    def __eq__(self, o):
        return isinstance(o, C33) and self.v == o.v
    def __hash__(self):
        return hash(self.v)
    def __add__(self, o):
        return C33(self.v >> (o.v if isinstance(o, C33) else o))
    def __lt__(self, o):
        return self.v < o.v
class D33(C33):
    @property
    def double(self):
        return self.v * 2
    def __repr__(self):
        return "D" + super().__repr__()
xs33 = [D33(i) for i in [6, 5, -4]]
print(sorted(xs33), {C33(2), C33(4)}, xs33[0].double if xs33 else None)
print(C33(7) + -3, C33.k, D33.__mro__[1].__name__)
