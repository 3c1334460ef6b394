# weakref.ref: callbacks, counts, hashing and equality, refusals; a referent
# dies at the collection after its last reference goes (gc.collect() makes
# the timing the same in CPython and interp).
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Node(%s)" % self.name


class Callback:
    def __init__(self, tag, fail=False):
        self.tag = tag
        self.fail = fail

    def __call__(self, ref):
        print("callback", self.tag, "ref dead:", ref() is None)
        if self.fail:
            raise KeyError(self.tag)

    def __repr__(self):
        return "<Callback %s>" % self.tag


n = Node("a")
r_plain = weakref.ref(n)
r_cb1 = weakref.ref(n, Callback("first"))
r_cb2 = weakref.ref(n, Callback("second"))
print(r_plain() is n, r_cb1() is n)
print(weakref.getweakrefcount(n))
print(len(weakref.getweakrefs(n)), r_plain in weakref.getweakrefs(n))
print(r_plain == r_cb1, r_plain != r_cb1, hash(r_plain) == hash(n))
print(r_cb1.__callback__, r_plain.__callback__)
print(type(r_plain), type(r_plain).__name__, weakref.ref is weakref.ReferenceType)
print(repr(r_plain).startswith("<weakref at 0x"), "to 'Node'" in repr(r_plain))

# Callbacks run newest first once the referent is gone.
del n
gc.collect()
print("after collect:", r_plain(), r_cb1(), r_cb1.__callback__)
print(r_plain == r_cb1, r_plain == r_plain)
print(hash(r_plain) is not None)
print(repr(r_cb1).endswith("; dead>"))

# A reference that dies before its referent never calls back.
m = Node("b")
r_dropped = weakref.ref(m, Callback("never"))
del r_dropped
gc.collect()
del m
gc.collect()
print("no callback for a dead reference")

# Hashing a dead reference that was never hashed fails.
k = Node("c")
r_k = weakref.ref(k)
del k
gc.collect()
try:
    hash(r_k)
except TypeError as e:
    print("TypeError:", e)

# An exception in a callback is reported and ignored.
f = Node("d")
r_f = weakref.ref(f, Callback("failing", fail=True))
del f
gc.collect()
print("still running")

# Objects that refuse weak references.
class Slotted:
    __slots__ = ("x",)


class SlottedWeak:
    __slots__ = ("x", "__weakref__")


class MyTuple(tuple):
    pass


class MyList(list):
    pass


class MyError(Exception):
    pass


for obj in (1, "s", (1,), [1], {}, None, 2.5, b"b", MyTuple(), Slotted(),
            ValueError("v"), range(3), iter([1])):
    try:
        weakref.ref(obj)
        print("accepted", type(obj).__name__)
    except TypeError as e:
        print(e)
for obj in (SlottedWeak(), MyList(), Node, len, print, {1}, frozenset(),
            Node("e").__repr__, gc, lambda: 0, KeyboardInterrupt, MyError(),
            (x for x in ())):
    r = weakref.ref(obj)
    print("weakref to", type(obj).__name__, r() is obj)
try:
    weakref.ref(weakref.ref(Node))
except TypeError as e:
    print(e)
try:
    weakref.ref()
except TypeError as e:
    print(e)
try:
    weakref.ref(Node, None, 3)
except TypeError as e:
    print(e)


# Subclasses of ref carry their own state.
class Tagged(weakref.ref):
    __slots__ = ("tag",)

    def __new__(cls, ob, callback=None, tag=None):
        self = super().__new__(cls, ob, callback)
        self.tag = tag
        return self

    def __init__(self, ob, callback=None, tag=None):
        super().__init__(ob, callback)


g = Node("g")
t = Tagged(g, Callback("tagged"), tag="T")
print(type(t).__name__, t.tag, t() is g, isinstance(t, weakref.ref))
del g
gc.collect()
print(t())
