# Special methods: reflected ops, __contains__ fallback, __getitem__ iteration, __call__, __repr__ in containers.
class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        return V(self.x + (o.x if isinstance(o, V) else o))
    def __radd__(self, o):
        return V(o + self.x)
    def __mul__(self, o):
        return V(self.x * o)
    def __rmul__(self, o):
        return V(self.x * o * 10)
    def __sub__(self, o):
        return NotImplemented
    def __lt__(self, o):
        return self.x < o.x
    def __repr__(self):
        return f"V({self.x!r})"
print(V(1) + V(2), V(1) + 5, 5 + V(1), V(2) * 3, 3 * V(2), sum([V(1), V(2)], V(0)), sorted([V(3), V(1)]), max(V(1), V(4)))
try:
    V(1) - V(2)
except TypeError as e:
    print(e)
try:
    V(1) > 3
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * i
print(list(Seq()), 4 in Seq(), 5 in Seq(), [v for v in Seq()])
class Box:
    def __init__(self, items):
        self.items = items
    def __contains__(self, v):
        print("contains", v)
        return v in self.items
    def __len__(self):
        return len(self.items)
    def __call__(self, *a, **k):
        return ("called", a, k)
    def __str__(self):
        return "Box!"
b = Box([1, 2])
print(2 in b, 3 not in b, len(b), b(1, z=2), str(b), f"{b}", [b] if False else "x", "%s" % b)
print(repr([V(1), {"k": V("s")}]), str((V(2),)))
class Cnt:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
print(list(Cnt()), sum(Cnt()), dict.fromkeys(Cnt()), tuple(Cnt()), set(Cnt()))
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(e)
class NoLen:
    pass
try:
    len(NoLen())
except TypeError as e:
    print(e)
try:
    NoLen()[0]
except TypeError as e:
    print(e)
try:
    NoLen()()
except TypeError as e:
    print(e)
try:
    3 in NoLen()
except TypeError as e:
    print(e)
