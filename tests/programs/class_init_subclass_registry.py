# A realistic mix: a registry filled by __init_subclass__, ordering via __lt__, word counts, matrix transpose, formatting.
from math import sqrt
class Shape:
    registry = {}
    def __init_subclass__(cls, **kw):
        Shape.registry[cls.__name__] = cls
    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")
    def __lt__(self, other):
        return self.area() < other.area()
    def __repr__(self):
        return f"{type(self).__name__}(area={self.area():.2f})"
class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return 3.14159 * self.r ** 2
class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s * self.s
shapes = [Circle(1), Square(3), Circle(0.5), Square(1.5)]
print(sorted(shapes))
print(max(shapes), min(shapes, key=lambda s: -s.area()))
print(sorted(Shape.registry))
totals = {}
for s in shapes:
    totals.setdefault(type(s).__name__, []).append(round(s.area(), 3))
print(totals)
words = "the quick brown fox jumps over the lazy dog the end".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(top)
print(", ".join([f"{w}={c}" for w, c in top]))
matrix = [[i * j for j in range(4)] for i in range(3)]
print(matrix, [list(r) for r in zip(*matrix)])
print(sum([sum(r) for r in matrix]))
print("{:<10}|{:^8}|{:>6.2f}".format("name", "mid", sqrt(2)))
print("%-8s%8.3f" % ("pi", 3.14159), "%(x)05d" % {"x": 42})
try:
    Shape().area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
data = {"b": [3, 1], "a": [2]}
for k in sorted(data, reverse=True):
    print(k, sorted(data[k]))
print(list(map(str.upper, ["a", "b"])), list(filter(str.isdigit, ["1", "x", "22"])))
print(any([x > 2 for x in [1, 3]]))
stack = []
for ch in "(()())":
    if ch == "(":
        stack.append(ch)
    else:
        stack.pop()
print("balanced" if not stack else "unbalanced")
print(isinstance(shapes[0], Shape), issubclass(Square, Shape), Circle.__name__, Circle.__mro__ if False else "")
print(f"{'total':>8}: {sum([s.area() for s in shapes]):10.4f}")
