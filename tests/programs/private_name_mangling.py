# Private name mangling: `__name` inside a class body means `_Class__name`.
import os as _os_for_check

__g = "module __g"


class C:
    __cls_attr = "class attr"
    __annotated: int = 5

    def __init__(self, __v=1, *args, __kw=2, **__rest):
        self.__x = __v
        self.__kw = __kw
        self.__rest = __rest
        self.__dunder__ = "dunder"

    def __m(self, __p=0):
        return ("m", __p)

    def call_m(self):
        return self.__m(3)

    def call_m_kw(self):
        return self.__m(__p=4)

    def get(self):
        return self.__x

    def set(self, v):
        self.__x = v

    def drop(self):
        del self.__x

    def via_lambda(self):
        f = lambda: self.__x
        return f()

    def via_comp(self):
        __local = 10
        return [self.__x + __local + i for i in range(2)]

    def via_genexp(self):
        return list(y for y in (self.__x, self.__cls_attr))

    def read_global(self):
        global __g
        try:
            return __g
        except NameError as e:
            return "NameError: " + str(e)

    def write_global(self, v):
        global __g
        __g = v

    def closure(self):
        __c = "cell"

        def inner():
            nonlocal __c
            __c = __c + "!"
            return __c

        return inner()

    def importer(self):
        import os as __os
        return __os is _os_for_check

    def strings(self):
        return ("__x", getattr(self, "__x", "missing"),
                getattr(self, "_C__x", "missing"))

    class __Inner:
        __y = "inner y"

        def get(self):
            return self.__y

    def make_inner(self):
        return self.__Inner()

    class Nested:
        def __init__(self):
            self.__n = "nested"

    import os as __mod_alias

    @staticmethod
    def kwonly_defaults():
        return C.kwonly_defaults_holder.__kwdefaults__

    def kwonly_defaults_holder(self, *, __k=7):
        return __k


c = C(5, __kw=9) if False else C(5)
print(sorted(vars(c)))
print(sorted(k for k in C.__dict__ if not k.startswith("__") or k == "__annotations__" or "C__" in k))
print(C.__annotations__)
print(C._C__m.__name__, C._C__m.__qualname__)
print(C._C__Inner.__name__, C._C__Inner.__qualname__)
print(sorted(k for k in vars(C._C__Inner) if "__y" in k))
print(c.make_inner().get())
print(sorted(vars(C.Nested())))
print(c.call_m())
try:
    c.call_m_kw()
except TypeError as e:
    print("TypeError:", e)
print(c.get(), c._C__x)
c.set(6)
print(c.get())
print(c.via_lambda(), c.via_comp(), c.via_genexp())
c.drop()
print(hasattr(c, "_C__x"))
c.set(8)
print(c.read_global())
c.write_global("changed")
print(c.read_global())
print(sorted(k for k in globals() if "__g" in k))
print(globals()["_C__g"], globals()["__g"])
print(c.closure())
print(c.importer(), C._C__mod_alias is _os_for_check)
print(c.strings())
print(C.kwonly_defaults())
print(C.__init__.__kwdefaults__)
c2 = C(__v=3)
print(c2.get(), c2._C__rest)
try:
    c.__x
except AttributeError as e:
    print("AttributeError:", e)


class Base:
    def __init__(self):
        self.__x = "base"

    def base_x(self):
        return self.__x


class Derived(Base):
    def __init__(self):
        super().__init__()
        self.__x = "derived"

    def derived_x(self):
        return self.__x


d = Derived()
print(sorted(vars(d)), d.base_x(), d.derived_x())


class _:
    __u = "underscore class"

    def get(self):
        return self.__u


print(sorted(k for k in vars(_) if "__u" in k), _().get())


class ___:
    __w = 1


print(sorted(k for k in vars(___) if "__w" in k and not k.endswith("__")))


class __D:
    __z = "D z"

    def get(self):
        return self.__z


print(sorted(k for k in vars(__D) if "__z" in k), __D().get())


class _Lead:
    __q = 1


print(sorted(k for k in vars(_Lead) if "__q" in k and not k.endswith("__")))


class Outer:
    __o = "outer"

    class Inner2:
        __o = "inner2"

        def get(self):
            return self.__o

    def get(self):
        return self.__o, self.Inner2().get()

    def deep(self):
        class Local:
            __l = "local"

            def get(self):
                return self.__l
        return sorted(k for k in vars(Local) if "__l" in k), Local().get()


print(Outer().get(), sorted(k for k in vars(Outer.Inner2) if "__o" in k))
print(Outer().deep())


class Walrus:
    def run(self):
        data = [__w := i for i in range(3)]
        return data, __w


print(Walrus().run())


class Slots:
    __slots__ = ("__s", "t")

    def __init__(self):
        self.__s = 1
        self.t = 2

    def get(self):
        return self.__s


print(Slots().get(), sorted(Slots.__slots__), "_Slots__s" in dir(Slots))


class Exc:
    def run(self):
        try:
            raise ValueError("boom")
        except ValueError as __e:
            return str(__e)

    def loop(self):
        total = 0
        for __i in range(4):
            total += __i
        return total

    def with_del(self):
        __t = 1
        del __t
        try:
            return __t
        except NameError as e:
            return str(e)


print(Exc().run(), Exc().loop(), Exc().with_del())
