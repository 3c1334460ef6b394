# Multiple inheritance: C3 MRO, cooperative super(), __mro__/mro()/__bases__.
class Base:
    def __init__(self):
        self.log = ["Base"]
    def hello(self):
        return "Base"

class Left(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Left")
    def hello(self):
        return "Left>" + super().hello()

class Right(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Right")
    def hello(self):
        return "Right>" + super().hello()

class Child(Left, Right):
    def __init__(self):
        super().__init__()
        self.log.append("Child")
    def hello(self):
        return "Child>" + super().hello()

c = Child()
print(c.log)
print(c.hello())
print(Child.__mro__)
print(Child.mro())
print(Child.__bases__, Child.__base__, Base.__bases__, object.__bases__)
print(isinstance(c, Left), isinstance(c, Right), issubclass(Child, Base))
print(super(Left, c).hello())
print(super(Child, c).hello())

# The classic diamond from the C3 paper.
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([k.__name__ for k in Z.__mro__])

# Mixins.
class JsonMixin:
    def to_json(self):
        return "{" + ", ".join(['"%s": %r' % (k, v) for k, v in sorted(vars(self).items())]) + "}"

class ReprMixin:
    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, ", ".join(["%s=%r" % kv for kv in sorted(vars(self).items())]))

class Point(JsonMixin, ReprMixin):
    def __init__(self, x, y):
        self.x, self.y = x, y

p = Point(1, 2)
print(p, p.to_json())

# Errors, worded like CPython.
class X: pass
class Y(X): pass
for bases in [(X, Y), (X, X)]:
    try:
        type("Bad", bases, {})
    except TypeError as e:
        print("TypeError:", e)
class P(X, O): pass
class Q(O, X): pass
try:
    class R(P, Q): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class LD(list, dict): pass
except TypeError as e:
    print("TypeError:", e)

# Exceptions with several bases.
class AppError(ValueError, KeyError): pass
print(AppError.__mro__, AppError.__base__)
try:
    raise AppError("bad")
except KeyError as e:
    print("caught as KeyError:", type(e).__name__, e)

# A mixin before a builtin base.
class Tagged:
    tag = "t"
    def tagged(self):
        return [self.tag] + list(self)
class TaggedList(Tagged, list): pass
tl = TaggedList([1, 2])
print(tl.tagged(), TaggedList.__base__, len(tl), isinstance(tl, list))

# super() in classmethods and staticmethod access through super().
class CM:
    @classmethod
    def make(cls):
        return cls.__name__
class CM2(CM):
    @classmethod
    def make(cls):
        return "CM2+" + super().make()
print(CM2.make(), CM2().make())
