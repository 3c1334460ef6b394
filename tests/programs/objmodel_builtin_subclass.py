# Subclassing builtins: extra attributes, super() reaching the builtin
# methods, __missing__, and builtin special methods called directly.
class History(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.appends = 0
    def append(self, item):
        self.appends += 1
        super().append(item)
    def __getitem__(self, i):
        return ("item", super().__getitem__(i))
    def __setitem__(self, i, v):
        super().__setitem__(i, v * 10)

h = History([1, 2])
h.append(3)
h[0] = 7
print(h, h.appends, len(h), h[1], isinstance(h, list), type(h).__name__)
print(h + [9], sorted(h), list(reversed(h)), 3 in h, h.count(3))
print(list.__len__(h), list.__getitem__(h, 0))

class DefaultDict(dict):
    def __init__(self, default, **kw):
        super().__init__(**kw)
        self.default = default
    def __missing__(self, key):
        return self.default(key)

class Counter(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value + 1)
    def __getitem__(self, key):
        return super().__getitem__(key) * 100

d = DefaultDict(lambda k: k * 2, a=1)
print(d["a"], d["zz"], d.get("q"), "zz" in d, d, d.default("x"))
c = Counter()
c["a"] = 1
print(c, c["a"], dict.__getitem__(c, "a"), c.get("a"), dict(c))

class Name(str):
    def shout(self):
        return self.upper() + "!"
n = Name("bob")
print(n.shout(), n + "by", n == "bob", isinstance(n, str), len(n), n[0], repr(n), hash(n) == hash("bob"))
print({n: 1}["bob"], "-".join([n, n]), type(n).__name__)

class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def swap(self):
        return Pair(self[1], self[0])
p = Pair(1, 2)
print(p, p.swap(), type(p.swap()).__name__, len(p), p == (1, 2), isinstance(p, tuple))

class Tags(set):
    def add_all(self, *items):
        for i in items:
            self.add(i)
        return self
t = Tags([1])
print(sorted(t.add_all(2, 3)), isinstance(t, set), len(t))

class AppError(Exception):
    def __init__(self, message, code):
        super().__init__(message)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {super().__str__()}"
try:
    raise AppError("disk full", 28)
except AppError as e:
    print(e, e.code, e.args, repr(e))

# Special methods of builtins called directly.
print([].__len__(), [1, 2].__len__(), (1).__add__(2), (5).__sub__(7), "a".__eq__("a"))
print((1).__add__(1.5), "a".__eq__(1), (2.5).__mul__(2), (3).__radd__(4), (7).__neg__())
dd = {}
dict.__setitem__(dd, "k", "v")
print(dd, int.__add__(1, 2), str.__len__("abc"), list.__contains__([1], 1), dd.__getitem__("k"))
print("x".__add__("y"), [1].__add__([2]), (1, 2).__getitem__(1), {1: 2}.__contains__(1))
print(int.__eq__(3, 3), int.__lt__(1, 2), float.__truediv__(1.0, 4), "%s-%s".__mod__((1, 2)))
try:
    list.__len__("abc")
except TypeError as e:
    print("TypeError:", e)

class O:
    pass
o = object.__new__(O)
object.__init__(o)
print(type(o).__name__, isinstance(o, O))

class Single:
    _inst = None
    def __new__(cls, *args):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        self.v = v
s1 = Single(1)
s2 = Single(2)
print(s1 is s2, s1.v)
