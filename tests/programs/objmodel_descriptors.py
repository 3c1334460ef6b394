# The descriptor protocol: data vs non-data precedence, __set_name__,
# __delete__, property, classmethod/staticmethod objects, __getattr__ and
# __getattribute__.
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("deleting", self.name)
        delattr(obj, self.name)

class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age

p = Person("ann", 30)
print(p.name, p.age, sorted(vars(p)), type(Person.name).__name__)
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
p.__dict__["age"] = "shadow"
print(p.age)  # the data descriptor wins over the instance dict
del p.name
print(p.name)

class Lazy:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.fn.__name__] = value
        return value

class Circle:
    def __init__(self, r):
        self.r = r
    @Lazy
    def area(self):
        print("computing")
        return 3 * self.r * self.r

c = Circle(2)
print(c.area, c.area, "area" in vars(c))  # non-data: the instance dict wins

class ReadOnly:
    def __get__(self, obj, objtype=None):
        return "ro"
    def __set__(self, obj, value):
        raise AttributeError("read-only")
class HasRO:
    x = ReadOnly()
h = HasRO()
try:
    h.x = 1
except AttributeError as e:
    print("AttributeError:", e, h.x)

class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("del celsius")
t = Temp()
t.celsius = 25
print(t.celsius, type(Temp.celsius).__name__)
del t.celsius

class Tools:
    @staticmethod
    def add(a, b):
        return a + b
    @classmethod
    def name(cls):
        return cls.__name__
class MoreTools(Tools): pass
print(Tools.add(1, 2), Tools().add(3, 4), MoreTools.name(), MoreTools().name())
sm = staticmethod(len)
cm = classmethod(lambda cls: cls.__name__)
class Late:
    size = sm
    who = cm
print(Late.size("abc"), Late().who(), type(Tools.__dict__["add"]).__name__)

class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
pr = Proxy([3, 1, 2])
print(pr.count(1), pr.index(2))
try:
    pr.missing
except AttributeError as e:
    print("AttributeError:", e)

class Logged:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(name)
        return "<" + str(object.__getattribute__(self, name)) + ">"
    def __getattr__(self, name):
        return "fallback:" + name
lg = Logged()
print(lg.x, lg.secret_key, getattr(lg, "x"))

class Upper:
    def __getattribute__(self, name):
        v = super().__getattribute__(name)
        return v.upper() if isinstance(v, str) else v
u = Upper()
u.word = "hi"
print(u.word, hasattr(u, "nope"))
