#~
T856 = type("T856", (object,), {"a": 0, "f": lambda self: self.a % 1})
o856 = T856()
setattr(o856, "b", [['%s%d']])
print(o856.f(), getattr(o856, "b"), hasattr(o856, "zz"), isinstance(o856, T856), sorted(vars(o856)))
print(type(float('nan')).__name__, callable(o856.f), eval("7 // 2"))
#~
l998 = [2, 4, 7]
l998[7:5] = [6, -5, 10, 10**20]
del l998[::0 or 2]
l998.sort(key=lambda v: (v % 3, -v))
l998.extend(l998[:7])
print(l998, l998.count(10**20), l998.index(l998[0]) if l998 else -1, l998 * 2 < l998)
#~
import io, base64, hashlib, string, textwrap, operator, copy
buf988 = io.StringIO()
print('', file=buf988)
print(repr(buf988.getvalue()), base64.b64encode('{}'.encode()), hashlib.sha256(b"988").hexdigest()[:8])
print(string.ascii_lowercase[:5], textwrap.wrap('  padded  ' * 3, 7)[:2], operator.itemgetter(0)([12345678901234567890123, 5] or [0]))
print(copy.deepcopy([14, -3, -3, 1, 6]))
#~
class Meta75:
    __slots__ = ("a", "b")
    def __init__(self, a, b=None):
        self.a, self.b = a, b
    @classmethod
    def make(cls, *args):
        return cls(*args)
    @staticmethod
    def twice(x):
        return x * 2
m75 = Meta75.make(['a'], [14, 9, -1, -2])
try:
    m75.c = 1
except AttributeError as e:
    print("slots", type(e).__name__)
print(m75.a, m75.b, Meta75.twice(('ünïcödé', 10)))
#~
import dataclasses
@dataclasses.dataclass(order=True)
class Pt318:
    x: int = 2
    y: int = 0
print(sorted([Pt318(-3, 1), Pt318()]), Pt318(1, 2) == Pt318(1, 2), dataclasses.asdict(Pt318()))
