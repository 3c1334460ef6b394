# pickle: instances of user classes (default reduction, __getstate__ /
# __setstate__, __reduce__, __reduce_ex__, __getnewargs__, slots,
# subclasses of builtins), functions and classes by reference, copyreg,
# Pickler/Unpickler with files and persistent ids, and the errors.
import copyreg
import io
import math
import pickle


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return type(other) is Point and vars(self) == vars(other)

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


class Empty:
    pass


class WithState:
    def __init__(self):
        self.a = 1
        self.cache = "drop me"

    def __getstate__(self):
        return {"a": self.a}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.restored = True


class Reduced:
    def __init__(self, n):
        self.n = n

    def __reduce__(self):
        return (Reduced, (self.n * 2,))


class ReducedEx:
    def __reduce_ex__(self, proto):
        return (str, ("proto %d" % proto,))


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


class NewArgs:
    def __new__(cls, v):
        self = object.__new__(cls)
        self.v = v
        return self

    def __getnewargs__(self):
        return (self.v,)


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyStr(str):
    pass


class MyTuple(tuple):
    pass


def func(x):
    return x + 1


class Outer:
    class Inner:
        pass


for proto in range(6):
    print("protocol", proto)
    p = Point(1, [2, 3])
    data = pickle.dumps(p, proto)
    print(data)
    print(pickle.loads(data) == p)
    e = pickle.loads(pickle.dumps(Empty(), proto))
    print(type(e).__name__, vars(e), pickle.dumps(Empty(), proto))
    w = pickle.loads(pickle.dumps(WithState(), proto))
    print(sorted(vars(w).items()), pickle.dumps(WithState(), proto))
    r = pickle.loads(pickle.dumps(Reduced(4), proto))
    print(r.n, pickle.dumps(Reduced(4), proto))
    print(pickle.loads(pickle.dumps(ReducedEx(), proto)),
          pickle.dumps(ReducedEx(), proto))
    if proto >= 2:
        s = pickle.loads(pickle.dumps(Slotted(), proto))
        print(s.a, hasattr(s, "b"), pickle.dumps(Slotted(), proto))
    n = pickle.loads(pickle.dumps(NewArgs(9), proto))
    print(n.v, pickle.dumps(NewArgs(9), proto))
    ml = MyList([1, 2])
    ml.tag = "t"
    back = pickle.loads(pickle.dumps(ml, proto))
    print(type(back).__name__, back, back.tag, pickle.dumps(ml, proto))
    md = MyDict(a=1)
    back = pickle.loads(pickle.dumps(md, proto))
    print(type(back).__name__, back, pickle.dumps(md, proto))
    for v in (MyStr("s"), MyTuple((1, 2))):
        back = pickle.loads(pickle.dumps(v, proto))
        print(type(back).__name__, back, pickle.dumps(v, proto))
    for v in (func, Point, Outer.Inner, len, math.sqrt, type(None), int,
              ValueError, pickle.dumps):
        data = pickle.dumps(v, proto)
        print(data, pickle.loads(data) is v)
    err = pickle.loads(pickle.dumps(ValueError("boom", 2), proto))
    print(type(err).__name__, err.args, pickle.dumps(KeyError("k"), proto))
    pts = [Point(0, 0)] * 2
    back = pickle.loads(pickle.dumps(pts, proto))
    print(back[0] is back[1], pickle.dumps(pts, proto))


# copyreg: a reduction function for a class.
class Money:
    def __init__(self, cents):
        self.cents = cents


def reduce_money(m):
    return (Money, (m.cents,))


copyreg.pickle(Money, reduce_money)
m = pickle.loads(pickle.dumps(Money(250)))
print(m.cents, pickle.dumps(Money(250)))
try:
    copyreg.pickle(Money, 3)
except TypeError as e:
    print("TypeError:", e)

# Pickler / Unpickler over a file, several objects in one stream.
buf = io.BytesIO()
pk = pickle.Pickler(buf, 2)
pk.dump([1, 2])
pk.dump("second")
pickle.dump({"third": 3}, buf)
buf.seek(0)
up = pickle.Unpickler(buf)
print(up.load(), up.load(), pickle.load(buf))
print(buf.getvalue())


# Persistent ids.
class DB(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, str) and obj.startswith("ref:"):
            return obj[4:]
        return None


class Loader(pickle.Unpickler):
    def persistent_load(self, pid):
        return "loaded " + pid


for proto in (0, 4):
    buf = io.BytesIO()
    DB(buf, proto).dump(["ref:user1", "plain"])
    print(buf.getvalue())
    print(Loader(io.BytesIO(buf.getvalue())).load())


# Errors.
def check(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)


def local():
    class Local:
        pass
    return Local


check(lambda: pickle.dumps(lambda: 1).startswith(b""))
check(lambda: pickle.dumps(local()))
check(lambda: pickle.dumps((x for x in [])))
check(lambda: pickle.dumps(1, 6))
check(lambda: pickle.loads(b""))
check(lambda: pickle.loads(b"\x80\x04K"))
check(lambda: pickle.loads(b"\x80\x06N."))
check(lambda: pickle.loads(b"zz"))
check(lambda: pickle.loads(b"\x01"))
check(lambda: pickle.loads(b"e."))
check(lambda: pickle.loads(b"h\x05."))
check(lambda: pickle.loads(b"0."))
check(lambda: pickle.loads(b"N.trailing"))
check(lambda: pickle.loads("N."))
check(lambda: pickle.loads(b"cno_such_module_xyz\nf\n."))
check(lambda: pickle.loads(b"cmath\nnope\n."))
check(lambda: pickle.loads(b"P1\n."))
check(lambda: pickle.Pickler(3))
print(issubclass(pickle.PicklingError, pickle.PickleError),
      issubclass(pickle.UnpicklingError, pickle.PickleError),
      issubclass(pickle.PickleError, Exception))


class BadReduce:
    def __reduce__(self):
        return 42


class ShortReduce:
    def __reduce__(self):
        return (int,)


class NotCallable:
    def __reduce__(self):
        return (1, ())


class NotTuple:
    def __reduce__(self):
        return (int, [])


for cls in (BadReduce, ShortReduce, NotCallable, NotTuple):
    check(lambda: pickle.dumps(cls()))

# Python 2 era streams (protocols 0-2 with old names) still load.
print(pickle.loads(b"c__builtin__\nset\n((lp0\nI1\naI2\natp1\nRp2\n."))
print(pickle.loads(b"S'py2 str\\n\\x41'\np0\n."))
print(pickle.loads(b"U\x03abcq\x00.", encoding="latin-1"))
print(pickle.loads(b"U\x03abcq\x00.", encoding="bytes"))
print(pickle.loads(b"(dp0\nS'k'\np1\nL12345678901234567890L\ns."))
print(pickle.loads(b"(i__main__\nEmpty\np0\n(dp1\nS'z'\nI3\nsb.").z)
