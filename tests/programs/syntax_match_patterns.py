# PEP 634 match statements: literal, capture, wildcard, value, sequence,
# mapping, class, or, as patterns and guards.
from dataclasses import dataclass
from enum import Enum
from collections import namedtuple


class Color(Enum):
    RED = 1
    GREEN = 2


@dataclass
class Point:
    x: int
    y: int


class Circle:
    __match_args__ = ("center", "radius")

    def __init__(self, center, radius):
        self.center = center
        self.radius = radius


Pair = namedtuple("Pair", "a b")


def describe(obj):
    match obj:
        case None:
            return "none"
        case True | False as b:
            return f"bool {b}"
        case 0:
            return "zero"
        case -1 | -2:
            return "small negative"
        case int(n) if n > 100:
            return f"big int {n}"
        case int() | float() as num:
            return f"number {num!r}"
        case "hello" | "hi":
            return "greeting"
        case str(s) if s.startswith("cmd:"):
            return f"command {s[4:]!r}"
        case str():
            return f"string of {len(obj)}"
        case Color.RED:
            return "red!"
        case Color():
            return f"other color {obj.name}"
        case []:
            return "empty sequence"
        case [x]:
            return f"one item {x!r}"
        case [Point(x=0, y=0), *rest]:
            return f"origin first, then {len(rest)}"
        case [first, *_, last] if first == last:
            return f"bookends {first!r}"
        case (a, b, c):
            return f"triple {a} {b} {c}"
        case [_, _, *middle, _]:
            return f"long, middle {middle}"
        case {"type": "user", "name": str(name), **extra}:
            return f"user {name} extra={extra}"
        case {"type": t}:
            return f"typed {t}"
        case {}:
            return "some mapping"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return f"point {obj}"
        case Circle(Point(x=cx, y=cy), r):
            return f"circle at ({cx}, {cy}) r={r}"
        case Pair(a, b):
            return f"pair {a}/{b}"
        case _:
            return f"unknown {type(obj).__name__}"


tests = [None, True, 0, -2, 500, 7, 2.5, "hi", "cmd:run", "abc", Color.RED, Color.GREEN,
         [], [9], [Point(0, 0), 1, 2], [1, 2, 1], (1, 2, 3), [1, 2, 3, 4, 5],
         {"type": "user", "name": "ann", "age": 3}, {"type": "x"}, {"k": 1},
         Point(0, 4), Point(3, 3), Point(1, 2), Circle(Point(1, 2), 5), Pair(1, 2),
         {1, 2}, range(3), b"xy", "a"]
for t in tests:
    print(repr(t)[:30].ljust(32), describe(t))


def command(text):
    match text.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["take", *items] if items:
            return f"taking {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *_]:
            return f"unknown verb {verb}"
        case _:
            return "say something"


for line in ["go north", "go up", "take lamp key", "take", "exit", "dance wildly", ""]:
    print(f"{line!r:>16} -> {command(line)}")

# Names bound by a successful match stay bound afterwards.
match {"id": 7, "tags": ["a", "b"]}:
    case {"id": ident, "tags": [first_tag, *others]}:
        pass
print(ident, first_tag, others)

match (1, 2):
    case (1, y) | (y, 1):
        print("y is", y)

value = 3
match value:
    case 1:
        print("one")
    case other:
        print("other", other)


def nested(data):
    match data:
        case {"points": [Point(x=x1), Point(x=x2)]}:
            return x1 + x2
        case {"points": list(pts)}:
            return len(pts)
    return None


print(nested({"points": [Point(1, 2), Point(3, 4)]}), nested({"points": [1, 2, 3]}), nested(5))


class NoArgs:
    pass


try:
    match NoArgs():
        case NoArgs(a):
            pass
except TypeError as e:
    print("TypeError:", e)
