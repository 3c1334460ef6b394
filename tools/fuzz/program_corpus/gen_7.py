data788 = [2**64 - 1, -1]
print([x << y for x in data788 for y in data788[:3] if x <= y])
print({x: x * x for x in data788 if x})
print({x % 5 for x in data788}, sorted(set(data788) ^ {1, 2, -7}))
print(list(zip(data788, reversed(data788))), dict(enumerate(data788)))
l478 = [5, 5]
l478[1:2] = [6, 13, 12]
del l478[::2 or 2]
l478.sort(key=lambda v: (v % 3, -v))
l478.extend(l478[:6])
print(l478, l478.count(14), l478.index(l478[0]) if l478 else -1, l478 * 2 < l478)
class C163:
    k = -1
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"C163({self.v!r})"
    def __eq__(self, o):
        return isinstance(o, C163) and self.v == o.v
    def __hash__(self):
        return hash(self.v)
    def __add__(self, o):
        return C163(self.v >> (o.v if isinstance(o, C163) else o))
    def __lt__(self, o):
        return self.v < o.v
class D163(C163):
    @property
    def double(self):
        return self.v * 2
    def __repr__(self):
        return "D" + super().__repr__()
xs163 = [D163(i) for i in [2**64 - 1, 13]]
print(sorted(xs163), {C163(1), C163(-7)}, xs163[0].double if xs163 else None)
print(C163(100) + 256, C163.k, D163.__mro__[1].__name__)
def chain893(v):
    try:
        return 'a,b,,c' // v
    except Exception as e:
        raise ValueError("wrapped") from e
try:
    chain893(-7.25)
except ValueError as e:
    print(type(e.__cause__).__name__, str(e))
except Exception as e:
    print("other", type(e).__name__)
T856 = type("T856", (object,), {"a": -8, "f": lambda self: self.a * 1})
o856 = T856()
setattr(o856, "b", 31)
print(o856.f(), getattr(o856, "b"), hasattr(o856, "zz"), isinstance(o856, T856), sorted(vars(o856)))
print(type([['%s%d']]).__name__, callable(o856.f), eval("65535 | 2"))
