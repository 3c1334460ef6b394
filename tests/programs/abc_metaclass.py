# abc.ABCMeta as a real metaclass: abstract methods block instantiation
# (with CPython 3.11's message), register() makes virtual subclasses,
# __subclasshook__ answers, and collections.abc keeps working.
import abc
from abc import ABC, ABCMeta, abstractmethod
import collections.abc as cabc


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return "%s with area %s" % (type(self).__name__, self.area())


class HalfSquare(Shape):
    def area(self):
        return 4


class Square(HalfSquare):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side

    def perimeter(self):
        return 4 * self.side


print(type(Shape) is ABCMeta, type(Square) is ABCMeta, isinstance(Shape, ABCMeta))
print(sorted(Shape.__abstractmethods__), sorted(HalfSquare.__abstractmethods__),
      sorted(Square.__abstractmethods__))
for cls in (Shape, HalfSquare):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
s = Square(3)
print(s.area(), s.perimeter(), s.describe(), isinstance(s, Shape))


class WithMeta(metaclass=ABCMeta):
    @abstractmethod
    def run(self):
        pass

    @property
    @abstractmethod
    def speed(self):
        pass


try:
    WithMeta()
except TypeError as e:
    print("TypeError:", e)


class Runner(WithMeta):
    def run(self):
        return "running"

    @property
    def speed(self):
        return 10


r = Runner()
print(r.run(), r.speed, isinstance(r, WithMeta), issubclass(Runner, WithMeta))


# register(): virtual subclasses, also as a decorator.
class Drawable(ABC):
    @abstractmethod
    def draw(self):
        ...


class Circle:
    def draw(self):
        return "circle"


Drawable.register(Circle)


@Drawable.register
class Line:
    pass


print(issubclass(Circle, Drawable), isinstance(Circle(), Drawable),
      issubclass(Line, Drawable), Line.__name__)
print(issubclass(int, Drawable), isinstance("x", Drawable))
print(Drawable.register(Circle) is Circle)
try:
    Drawable.register(5)
except TypeError as e:
    print("TypeError:", e)
try:
    Circle.register
except AttributeError as e:
    print("AttributeError:", e)


class SubDrawable(Drawable):
    pass


class Tri:
    pass


SubDrawable.register(Tri)
print(issubclass(Tri, Drawable), issubclass(Tri, SubDrawable),
      issubclass(Circle, SubDrawable))


# __subclasshook__.
class HasLen(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is HasLen:
            return hasattr(C, "__len__")
        return NotImplemented


print(issubclass(list, HasLen), issubclass(int, HasLen), isinstance({}, HasLen),
      isinstance(3, HasLen))

# get_cache_token changes with register().
t1 = abc.get_cache_token()


class Fresh(ABC):
    pass


Fresh.register(float)
print(abc.get_cache_token() != t1, isinstance(1.5, Fresh))

# collections.abc over builtins and user classes.
print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping),
      isinstance({}, cabc.MutableMapping), isinstance((), cabc.MutableSequence),
      isinstance("s", cabc.Iterable), isinstance(5, cabc.Hashable),
      isinstance([], cabc.Hashable), isinstance(len, cabc.Callable))
print(type(cabc.Mapping) is ABCMeta)


class MyMap(cabc.Mapping):
    def __init__(self, d):
        self._d = d

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


m = MyMap({"a": 1, "b": 2})
print(sorted(m.keys()), m.get("a"), m.get("z", 0), "a" in m, dict(m.items()),
      isinstance(m, cabc.Mapping), isinstance(m, cabc.Sized))


class Incomplete(cabc.Sequence):
    def __len__(self):
        return 0


try:
    Incomplete()
except TypeError as e:
    print("TypeError:", e)


class Gen:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration


print(issubclass(Gen, cabc.Iterator), issubclass(Gen, cabc.Iterable),
      isinstance(Gen(), cabc.Iterator))


# update_abstractmethods after adding an implementation.
class Partial(ABC):
    @abstractmethod
    def f(self):
        ...


class Later(Partial):
    pass


Later.f = lambda self: "f"
abc.update_abstractmethods(Later)
print(Later().f(), sorted(Later.__abstractmethods__))
