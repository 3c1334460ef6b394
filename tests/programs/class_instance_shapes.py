# Instance attributes stored by shape (hidden class) and the instance
# __dict__: both views agree, whatever order operations come in.
import copy
import pickle


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return self.x * self.x + self.y * self.y


# Many instances share a layout; each keeps its own values.
ps = [P(i, -i) for i in range(50)]
print(sum(p.x for p in ps), sum(p.y for p in ps), ps[7].norm())

# vars() keeps insertion order, also for attributes added later.
p = P(1, 2)
p.z = 3
p.a = 0
print(vars(p))

# Writes through __dict__ are attributes, and attributes show in __dict__.
q = P(1, 2)
d = q.__dict__
d["w"] = 10
print(q.w, q.__dict__ is d)
q.v = 11
print(d)
del d["x"]
print(hasattr(q, "x"), sorted(vars(q)))
d[1] = "int key"
print(q.__dict__[1], len(vars(q)))

# Deleting attributes: the last added, one in the middle, then re-adding.
r = P(1, 2)
r.z = 3
del r.z
print(vars(r))
r.z = 4
del r.x
print(vars(r))
r.x = 5
print(vars(r), r.norm())
try:
    del r.missing
except AttributeError as e:
    print("AttributeError:", e)

# Assigning and deleting __dict__.
s = P(3, 4)
s.__dict__ = {"k": 1}
print(s.k, hasattr(s, "x"), vars(s))
try:
    s.__dict__ = [1]
except TypeError as e:
    print("TypeError:", e)
del s.__dict__
print(vars(s))
s.x, s.y = 6, 8
print(s.norm())


class MyDict(dict):
    pass


s.__dict__ = MyDict(x=1, y=1)
print(type(s.__dict__).__name__, s.norm())

# A method shadowed by an instance attribute, then unshadowed.
t = P(1, 1)
print(t.norm())
t.norm = lambda: "instance"
print(t.norm())
del t.norm
print(t.norm())
t.__dict__["norm"] = lambda: "via dict"
print(t.norm())

# Many attributes, added in different orders and by setattr.
big = P(0, 0)
for i in range(40):
    setattr(big, "a%d" % i, i)
print(len(vars(big)), big.a39, getattr(big, "a0"))
o1, o2 = P(1, 2), P(1, 2)
o1.m, o1.n = 1, 2
o2.n, o2.m = 2, 1
print(list(vars(o1)), list(vars(o2)), o1.m == o2.m)
name = "".join(["dy", "namic"])
setattr(o1, name, "ok")
print(o1.dynamic, getattr(o1, name), vars(o1)["dynamic"])


# A property added to the class after instances cached their attribute.
class Late:
    def __init__(self):
        self.v = 1


def read(obj):
    return obj.v


lt = Late()
print(read(lt), read(lt))
Late.v = property(lambda self: "property")
print(read(lt))
del Late.v
print(read(lt))


# __slots__ classes keep working.
class S:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


sl = S()
sl.b = 2
print(sl.a, sl.b)
try:
    sl.c = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    sl.__dict__
except AttributeError as e:
    print("AttributeError:", e)


# copy, pickle and dataclass-style reprs see the same attributes in order.
class Rec:
    def __init__(self):
        self.b = 2
        self.a = 1

    def __repr__(self):
        return "Rec(%s)" % ", ".join("%s=%r" % kv for kv in vars(self).items())


rec = Rec()
rec.c = [3]
c1 = copy.copy(rec)
c2 = copy.deepcopy(rec)
c2.c.append(4)
print(rec, c1, c2, c1.c is rec.c)
rp = pickle.loads(pickle.dumps(rec))
print(rp, vars(rp) == vars(rec))


# Subclasses: attributes from both __init__s; instances of base and
# subclass do not mix layouts.
class Q3(P):
    def __init__(self):
        super().__init__(1, 2)
        self.z = 3


q3 = Q3()
print(vars(q3), q3.norm(), vars(P(5, 6)))
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    object().__dict__
except AttributeError as e:
    print("AttributeError:", e)

# Classes made and dropped in a loop while one load site caches their
# shapes, with collections in between: a freed layout is never mistaken for
# a live one.
import gc


def first(obj):
    return obj.first


total = 0
for i in range(300):
    K = type("K%d" % i, (), {})
    k = K()
    if i % 2:
        k.second = -1
    k.first = i
    total += first(k)
    del K, k
    if i % 50 == 0:
        gc.collect()
print(total)
keep = [P(i, i) for i in range(2000)]
gc.collect()
print(sum(p.norm() for p in keep))
