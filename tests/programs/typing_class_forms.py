# PEP 560 __mro_entries__ and the typing class forms: NamedTuple,
# TypedDict, Generic[T], Protocol, List[int] as a base.
import typing
from typing import NamedTuple, TypedDict, Generic, TypeVar, Protocol, Optional

class Point(NamedTuple):
    """A point."""
    x: int
    y: int = 0
    label: Optional[str] = None

    def dist2(self):
        return self.x ** 2 + self.y ** 2

    @property
    def pair(self):
        return (self.x, self.y)

p = Point(3, 4)
print(p, p.dist2(), p.pair, Point.__doc__, Point._fields, Point._field_defaults, Point.__annotations__)
print(Point(1), Point(1, label="a"), p._replace(x=9), p._asdict(), isinstance(p, tuple), type(p).__name__, Point.__mro__)
x, y, lab = p
print(x, y, lab, p == (3, 4, None), hash(p) == hash((3, 4, None)), Point._make([5, 6, "z"]))
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)

class Emp(NamedTuple):
    name: str
    dept: str = "eng"
    def __repr__(self):
        return f"<Emp {self.name}>"
print(Emp("ann"), [Emp("bob", "ops")], Emp("c").dept)

class Movie(TypedDict):
    title: str
    year: int
m = Movie(title="Up", year=2009)
print(m, type(m), Movie.__annotations__, Movie.__total__, sorted(Movie.__required_keys__))
class Partial(TypedDict, total=False):
    a: int
print(Partial(), Partial.__total__, sorted(Partial.__optional_keys__))

T = TypeVar("T")
class Stack(Generic[T]):
    def __init__(self):
        self.items: list[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(1); s.push(2)
print(s.pop(), Stack.__mro__, Stack.__orig_bases__, Stack.__parameters__)

class Greeter(Protocol):
    def greet(self) -> str: ...
class En:
    def greet(self): return "hi"
def use(g: Greeter):
    return g.greet()
print(use(En()), Greeter.__mro__[-1])

class Base:
    def __mro_entries__(self, bases):
        return (dict,)
b = Base()
class D(b):
    pass
print(D.__mro__, D.__orig_bases__ == (b,), D.__bases__, '__orig_bases__' in E.__dict__ if False else '')
class E(b, metaclass=type):
    pass
print(E.__bases__)
class W:
    def __mro_entries__(self, bases):
        return 5
try:
    class F(W()): pass
except TypeError as e:
    print("TypeError:", e)
class ML(typing.List[int]):
    pass
print(ML.__mro__, ML.__orig_bases__, ML([1, 2]))
class Pair(Generic[T], dict):
    pass
print(Pair.__mro__, Pair.__parameters__)
K = TypeVar("K"); V = TypeVar("V")
class Table(typing.Dict[K, V]):
    pass
print(Table.__mro__, Table.__orig_bases__, Table.__parameters__)
class Plain:
    pass
print('__orig_bases__' in Plain.__dict__, Point.__orig_bases__[0] is NamedTuple, Point.__qualname__)
