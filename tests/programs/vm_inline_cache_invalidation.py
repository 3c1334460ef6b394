# Inline caches of the VM must follow runtime rebinding: globals, methods,
# __init__ (the constructor fast path), class attributes shadowed by
# instance attributes, properties added later, and subclasses of a changed
# base class.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


def make_points(n):
    return [Point(i, -i) for i in range(n)]


print([p.norm1() for p in make_points(3)])


# Rebinding __init__ after the constructor path has been used.
def new_init(self, x, y):
    self.x = x * 10
    self.y = y * 10


Point.__init__ = new_init
print([p.norm1() for p in make_points(3)])


# __init__ with a different arity: the fast path must not be taken.
def init3(self, x, y, z=5):
    self.x = x + z
    self.y = y


Point.__init__ = init3
print([p.x for p in make_points(3)])
print(Point(1, 2, 3).x)

# Deleting __init__ falls back to object's (arguments are then an error).
del Point.__init__
try:
    Point(1, 2)
except TypeError as e:
    print("TypeError:", e)
p = Point()
p.x, p.y = 4, 5
print(p.norm1())


# Methods rebound on the class are seen by an already-warm call site.
class Counter:
    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += 1
        return self.n


def run(c, k):
    out = []
    for _ in range(k):
        out.append(c.bump())
    return out


c = Counter()
print(run(c, 3))


def bump_by_ten(self):
    self.n += 10
    return self.n


Counter.bump = bump_by_ten
print(run(c, 3))

# An instance attribute shadows the method at a warm site.
c.bump = lambda: "shadowed"
print(run(c, 2))
del c.bump
print(run(c, 2))


# A base class change reaches subclasses through the class epoch.
class Base:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


class Derived(Base):
    pass


def build_and_get(k):
    return [Derived(i).get() for i in range(k)]


print(build_and_get(3))


def base_init(self, v):
    self.v = -v


Base.__init__ = base_init
print(build_and_get(3))
Base.get = lambda self: self.v * 100
print(build_and_get(3))


# A property added later takes precedence over the instance dict.
class Box:
    def __init__(self, v):
        self.v = v


def read_all(boxes):
    return [b.v for b in boxes]


boxes = [Box(i) for i in range(3)]
print(read_all(boxes))
Box.v = property(lambda self: "prop")
print(read_all(boxes))


# Globals: rebinding a function used by a warm call site, and shadowing a
# builtin with a global and removing it again.
def helper(x):
    return x + 1


def use_helper(k):
    return [helper(i) for i in range(k)]


print(use_helper(3))


def helper(x):  # noqa: F811 (rebinding is the point)
    return x * 2


print(use_helper(3))


def use_len(s):
    return len(s)


print(use_len("abc"))
len = lambda s: 42  # noqa: E731
print(use_len("abc"))
del len
print(use_len("abc"))


# Recursion through the fast call path still raises RecursionError.
def down(n):
    return down(n + 1)


try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)


# Unpacking fast path: same behaviour for lists, tuples and errors.
a, b = [1, 2]
c2, d = (3, 4)
a, b = b, a
print(a, b, c2, d)
try:
    x, y = (1, 2, 3)
except ValueError as e:
    print("ValueError:", e)
pair = (5, 6)
pair, other = pair
print(pair, other)

# dict fast paths: int and str keys, missing keys, subclasses.
d = {}
d["k"] = 1
d[3] = "three"
print(d["k"], d[3])
try:
    d[4]
except KeyError as e:
    print("KeyError:", e)


class LoudDict(dict):
    def __setitem__(self, k, v):
        print("set", k, v)

    def __missing__(self, k):
        return "missing " + str(k)


ld = LoudDict()
ld["a"] = 1
ld[2] = 2
print(ld[7], ld["a"], len(ld))

# ** fast paths agree with the protocol, errors included.
print(2**10, 3**0, (-2)**3, 2**62, 2.0**0.5, 9**0.5, 2**-1, (-8.0)**2)
print(1.5**2.5, 10**-2, 0.5**3, (-2.0)**3)
for a, b in [(0.0, -1), (10.0, 400), (0, -1)]:
    try:
        print(a**b)
    except (OverflowError, ZeroDivisionError, ValueError, TypeError) as e:
        print(type(e).__name__)
v = 3
v **= 2
w = 2.0
w **= 3
print(v, w)
