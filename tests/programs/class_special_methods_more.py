# Special methods on user classes: ordering via __gt__, __index__, arithmetic, __getattr__, __setattr__, builtin subclasses.
class N:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"N({self.v})"
    def __gt__(self, o):
        return self.v > o.v
    def __eq__(self, o):
        return self.v == o.v
    def __index__(self):
        return self.v
    def __neg__(self):
        return N(-self.v)
    def __abs__(self):
        return N(abs(self.v))
    def __truediv__(self, o):
        return N(self.v / o)
    def __floordiv__(self, o):
        return N(self.v // o)
    def __mod__(self, o):
        return N(self.v % o)
    def __pow__(self, o):
        return N(self.v ** o)
    def __rtruediv__(self, o):
        return N(o / self.v)
print(sorted([N(3), N(1), N(2)]), N(1) < N(2), N(1) != N(1), -N(3), abs(N(-4)))
print(N(7) / 2, N(7) // 2, N(7) % 4, N(2) ** 5, 1 / N(4), hex(N(255)), bin(N(5)), range(N(3)))
class G:
    def __getattr__(self, name):
        return f"dyn_{name}"
g = G()
g.real = 1
print(g.real, g.anything, getattr(g, "x"), hasattr(g, "y"))
class SA:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)
s = SA()
s.a = 1
print(s.a)
class D:
    def __init__(self):
        self.d = {}
    def __setitem__(self, k, v):
        self.d[k] = v
    def __getitem__(self, k):
        return self.d[k]
    def __delitem__(self, k):
        print("del", k)
        del self.d[k]
    def __len__(self):
        return len(self.d)
d = D()
d["a"] = 1
del d["a"]
print(len(d))
try:
    d["zz"]
except KeyError as e:
    print("KeyError", e)
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(e)
class Sub(list):
    def total(self):
        return sum(self)
sl = Sub([1, 2, 3])
sl.append(4)
print(sl, sl.total(), len(sl), type(sl).__name__, isinstance(sl, list), sl[1:], type(sl[1:]).__name__)
class MyDict(dict):
    def __missing__(self, key):
        return f"missing {key}"
md = MyDict(a=1)
print(md["a"], md["b"], md, type(md).__name__)
class MyStr(str):
    def shout(self):
        return self.upper() + "!"
ms = MyStr("hi")
print(ms.shout(), ms + "x", len(ms), isinstance(ms, str), repr(ms))
class E(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
try:
    raise E(404, "not found")
except E as e:
    print(e.code, e, e.args, repr(e))
