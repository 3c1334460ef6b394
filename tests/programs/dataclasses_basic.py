# dataclasses: generated __init__/__repr__/__eq__, defaults, factories,
# order, frozen, hashing, inheritance, asdict/astuple/replace/fields.
from dataclasses import dataclass, field, asdict, astuple, replace, fields, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY
from typing import List


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(3), p == Point(1, 2), p != Point(2, 1))
print(Point.__doc__, is_dataclass(p), is_dataclass(Point), is_dataclass(1))
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
print(Point.__hash__ is None, Point.__match_args__)


@dataclass
class Inventory:
    name: str
    items: List[str] = field(default_factory=list)
    count: int = field(default=0, repr=False)
    secret: str = field(default="s", compare=False)


a = Inventory("a")
b = Inventory("a")
a.items.append("x")
print(a, b, a == b, a.items is not b.items)
print([f.name for f in fields(a)])
print(asdict(a), astuple(a))
print(replace(a, name="c"))


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0

    def bump(self):
        return replace(self, minor=self.minor + 1)


v = Version(1, 2)
print(sorted([Version(2), Version(1, 5), v]), v < Version(1, 3), v.bump())
print(hash(v) == hash(Version(1, 2)), {v: "ok"}[Version(1, 2)])
try:
    v.major = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))


@dataclass
class Base:
    a: int
    b: str = "b"


@dataclass
class Child(Base):
    c: float = 1.5

    def __post_init__(self):
        self.total = self.a + self.c


ch = Child(1)
print(ch, ch.total, asdict(ch))


@dataclass
class Nested:
    p: Point
    pts: list


print(asdict(Nested(Point(1), [Point(2), Point(3, 4)])))


@dataclass
class WithInit:
    x: int
    scale: InitVar[int] = 2

    def __post_init__(self, scale):
        self.x *= scale


print(WithInit(3), WithInit(3, 10).x)


@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int = 2


print(KW(1, c=5))
try:
    KW(1, 2)
except TypeError as e:
    print("TypeError:", e)

try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e:
    print("ValueError:", e)

try:
    @dataclass
    class Bad2:
        x: int = 1
        y: int
except TypeError as e:
    print("TypeError:", e)


@dataclass(eq=False)
class Ident:
    v: int


print(Ident(1) == Ident(1), Ident.__hash__ is object.__hash__)


@dataclass(unsafe_hash=True)
class H:
    v: int


print(hash(H(5)) == hash((5,)))
try:
    fields(5)
except TypeError as e:
    print("TypeError:", e)
