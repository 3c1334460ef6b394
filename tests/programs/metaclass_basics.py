# Metaclasses: selection, __prepare__, __new__/__init__, __call__,
# attributes and properties of the metaclass seen on the class, super()
# inside metaclass methods, conflicts and error messages.


class Meta(type):
    log = []

    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        Meta.log.append(("prepare", name, tuple(b.__name__ for b in bases),
                         sorted(kw)))
        ns = {"injected": 42}
        return ns

    def __new__(mcls, name, bases, ns, **kw):
        Meta.log.append(("new", mcls.__name__, name, sorted(k for k in ns
                                                            if not k.startswith("__"))))
        cls = super().__new__(mcls, name, bases, ns)
        cls.created_by = mcls.__name__
        return cls

    def __init__(cls, name, bases, ns, **kw):
        Meta.log.append(("init", name, kw))
        super().__init__(name, bases, ns)

    def hello(cls):
        return "hello from " + cls.__name__

    @property
    def upper_name(cls):
        return cls.__name__.upper()

    tag = "meta-tag"


class A(metaclass=Meta):
    x = 1

    def method(self):
        return "A.method"


class B(A, flavour="mint"):
    y = 2


for entry in Meta.log:
    print(entry)
print(type(A) is Meta, type(B) is Meta, isinstance(A, Meta), isinstance(A, type))
print(A.injected, B.injected, A.created_by, B.x, B.y)
print(A.hello(), B.hello(), A.upper_name, B.upper_name, A.tag)
print(A().method(), type(A()) is A, isinstance(B(), A))
print(hasattr(A(), "hello"), hasattr(A(), "tag"))
print(Meta.__name__, Meta.__bases__ == (type,), Meta.__mro__ == (Meta, type, object))
print(repr(A), type(Meta) is type)


# A class attribute shadows a metaclass attribute of the same name (not a
# data descriptor); a metaclass property wins over the class dict.
class M2(type):
    shared = "from meta"

    @property
    def prop(cls):
        return "meta property"


class C2(metaclass=M2):
    shared = "from class"
    prop = "class attr"


print(C2.shared, C2.prop, M2.shared)


# __call__ on the metaclass: singletons.
class Singleton(type):
    def __call__(cls, *args, **kwargs):
        if "_instance" not in cls.__dict__:
            cls._instance = super().__call__(*args, **kwargs)
        return cls._instance


class Config(metaclass=Singleton):
    def __init__(self, value):
        self.value = value


c1 = Config(1)
c2 = Config(2)
print(c1 is c2, c1.value, c2.value)


class Counting(type):
    calls = 0

    def __call__(cls, *args, **kwargs):
        Counting.calls += 1
        obj = super().__call__(*args, **kwargs)
        obj.serial = Counting.calls
        return obj


class Widget(metaclass=Counting):
    def __init__(self, name, size=1):
        self.name = name
        self.size = size


w = Widget("a")
w2 = Widget("b", size=3)
print(w.name, w.size, w.serial, w2.name, w2.size, w2.serial, Counting.calls)


# Metaclass inherited from the base; the most derived metaclass wins.
class MA(type):
    pass


class MB(MA):
    pass


class X(metaclass=MA):
    pass


class Y(X, metaclass=MB):
    pass


class Z(Y):
    pass


print(type(X).__name__, type(Y).__name__, type(Z).__name__)


class OtherMeta(type):
    pass


class W(metaclass=OtherMeta):
    pass


try:
    class Bad(X, W):
        pass
except TypeError as e:
    print("TypeError:", e)

# A metaclass given explicitly that is less derived than a base's: the
# base's metaclass is used.
class Q(Y, metaclass=MA):
    pass


print(type(Q).__name__)


# type(name, bases, ns) and calling a metaclass directly.
D = Meta("D", (), {"z": 3})
print(type(D).__name__, D.z, D.created_by, D.__module__)
T = type("T", (A,), {"w": 4})
print(type(T).__name__, T.w, T.x)

# A function as metaclass.
def maker(name, bases, ns):
    ns = dict(ns)
    ns["made"] = name.lower()
    return type(name, bases, ns)


class FromFunc(metaclass=maker):
    pass


print(FromFunc.made, type(FromFunc) is type)

# Zero-argument super() in methods of a class made by a metaclass.
class Base(metaclass=Meta):
    def greet(self):
        return "base"


class Child(Base):
    def greet(self):
        return "child+" + super().greet()


print(Child().greet())

# __init_subclass__ still runs, with the class keywords.
class Plugin(metaclass=MA):
    registry = []

    def __init_subclass__(cls, /, key=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry.append((cls.__name__, key))


class P1(Plugin, key="one"):
    pass


class P2(Plugin):
    pass


print(Plugin.registry)

# Class decorators are unchanged.
def deco(cls):
    cls.decorated = True
    return cls


@deco
class Decorated(metaclass=MA):
    pass


print(Decorated.decorated, type(Decorated).__name__)

# __instancecheck__ / __subclasscheck__ on the metaclass.
class DuckMeta(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")

    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")


class Duck(metaclass=DuckMeta):
    pass


class Robot:
    def quack(self):
        return "beep"


print(isinstance(Robot(), Duck), isinstance(1, Duck), issubclass(Robot, Duck),
      issubclass(int, Duck))

# Metaclass __setattr__ / __getattr__ / __len__ / __iter__ on the class.
class Guarded(type):
    def __setattr__(cls, name, value):
        if name.startswith("locked"):
            raise AttributeError("cannot set " + name)
        super().__setattr__(name, value)

    def __getattr__(cls, name):
        return "dynamic:" + name

    def __len__(cls):
        return 7

    def __iter__(cls):
        return iter(["i", "j"])

    def __getitem__(cls, key):
        return key * 2

    def __contains__(cls, item):
        return item == "in"


class G(metaclass=Guarded):
    real = 1


G.other = 5
try:
    G.locked_x = 1
except AttributeError as e:
    print("AttributeError:", e)
print(G.other, G.real, G.missing, len(G), list(G), G[21], "in" in G, "out" in G)

# Errors.
try:
    class Broken(metaclass=Meta, bogus=1):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    type.__new__(int, "X", (), {})
except TypeError as e:
    print("TypeError:", e)

class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5


try:
    class BP(metaclass=BadPrepare):
        pass
except TypeError as e:
    print("TypeError:", e)

# Bad metaclasses and bad calls of type's methods.
for src in ["class A(metaclass=5): pass",
            "class A(metaclass=type, x=1): pass",
            "type.__new__(type)",
            "type.__init__(int, 1, 2)",
            "type.__call__(5)",
            "class M(type): pass\nM('X', 1, {})",
            "class M(type): pass\nM('X')",
            "class A(metaclass=lambda n, b, d: 42): pass\nprint('made', A)"]:
    try:
        exec(src, {})
    except Exception as e:
        print(type(e).__name__ + ":", e)
try:
    exec("class M(type):\n  def __call__(cls): return cls()\n"
         "class A(metaclass=M): pass\nA()", {})
except RecursionError:
    print("RecursionError")
