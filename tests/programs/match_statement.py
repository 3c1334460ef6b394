# match statements (PEP 634): every pattern kind, guards, bindings, and the
# runtime errors CPython raises.
import collections
import collections.abc
from dataclasses import dataclass
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2


@dataclass
class Point:
    x: int
    y: int


class Plain:
    def __init__(self, a, b):
        self.a, self.b = a, b


class WithArgs:
    __match_args__ = ("first", "second")

    def __init__(self, first, second):
        self.first, self.second = first, second


def describe(value):
    match value:
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case "hello" | "hi":
            return "greeting"
        case b"raw":
            return "bytes"
        case Color.RED:
            return "red"
        case []:
            return "empty sequence"
        case [x]:
            return f"one item {x!r}"
        case [1, 2, *rest]:
            return f"starts 1, 2 then {rest}"
        case [first, *_, last] if first == last:
            return f"same ends {first!r}"
        case (a, b):
            return f"pair {a!r} {b!r}"
        case {"type": "circle", "r": radius}:
            return f"circle r={radius}"
        case {"type": kind, **others}:
            return f"shape {kind} with {sorted(others)}"
        case {}:
            return "some mapping"
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "some point"
        case WithArgs(1, second=s):
            return f"withargs one {s}"
        case WithArgs(f, s):
            return f"withargs {f} {s}"
        case Plain(a=1, b=b):
            return f"plain b={b}"
        case int(n) if n > 100:
            return f"big int {n}"
        case int() | float() as number:
            return f"number {number}"
        case str(s):
            return f"string {s!r}"
        case _:
            return f"other {type(value).__name__}"


samples = [
    None, True, False, 0, -1, 2.5, "hello", "hi", b"raw", Color.RED,
    Color.GREEN, [], [7], (8,), [1, 2], [1, 2, 3, 4], [5, 6, 5], [5, 6, 7],
    (3, 4), "ab", {"type": "circle", "r": 2}, {"type": "square", "w": 1,
    "h": 2}, {"other": 1}, {}, Point(0, 0), Point(0, 5), Point(3, 3),
    Point(1, 2), WithArgs(1, 2), WithArgs(3, 4), Plain(1, 9), Plain(2, 9),
    1000, 42, 1.5, "text", range(3), collections.OrderedDict(type="tri"),
    collections.defaultdict(int), object(), {1, 2}, 3,
]
for s in samples:
    shown = repr(s) if " at 0x" not in repr(s) else type(s).__name__
    print(shown.ljust(42), describe(s))


# Sequences: what counts, and what does not.
def seq_kind(v):
    match v:
        case [*items]:
            return f"sequence of {len(items)}"
        case _:
            return "not a sequence"


for v in ["abc", b"abc", bytearray(b"ab"), [1], (1, 2), range(4),
          collections.deque([1, 2]), {1: 2}, {1, 2}, iter([1])]:
    print(type(v).__name__, seq_kind(v))


class MySeq(collections.abc.Sequence):
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10


class MyMap(collections.abc.Mapping):
    def __init__(self, d):
        self.d = d

    def __getitem__(self, k):
        return self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


match MySeq():
    case [a, b, c]:
        print("MySeq unpacked", a, b, c)

match MyMap({"k": 1, "z": 2}):
    case {"k": v, **rest}:
        print("MyMap", v, rest)


class Missing(dict):
    def __missing__(self, key):
        return "made up"


match Missing(a=1):
    case {"b": _}:
        print("__missing__ used: wrong")
    case {"a": 1}:
        print("get() used, __missing__ not called")

# Names bound by a successful case stay bound after the statement.
match (1, (2, 3)):
    case (a, (b, c)):
        pass
print("after match", a, b, c)

# Subject evaluated once; tuple subjects; walrus subject.
calls = []


def subject():
    calls.append(1)
    return 5


match subject():
    case 1:
        pass
    case 2:
        pass
    case _:
        pass
print("subject evaluated", len(calls), "time(s)")

match 1, 2:
    case (x, y):
        print("tuple subject", x, y)

match (n := 10):
    case 10:
        print("walrus subject", n)

# Or-patterns binding the same names, as-patterns, nested.
for item in [("add", 1, 2), ("sub", 5, 3), ("neg", 4), ("nop",)]:
    match item:
        case ("add" | "sub") as op, x, y:
            print(op, x, y)
        case ["neg", x] | ["inv", x]:
            print("unary", x)
        case [op]:
            print("no operands", op)

# Guards see the bindings and can fail over to later cases.
for n in range(5):
    match n:
        case x if x % 2 == 0:
            print(n, "even")
        case _:
            print(n, "odd")

# match and case stay usable as names.
match = {"case": 1}
case = match["case"]
print(match, case)


def soft(match, case):
    return match + case


print(soft(1, 2))

# Runtime errors, as CPython reports them.
class NoArgs:
    pass


def attempt(label, subject, fn):
    try:
        print(label, fn(subject))
    except Exception as e:
        print(label, type(e).__name__, e)


def too_many(v):
    match v:
        case NoArgs(1):
            return "matched"
    return "no match"


def self_match_two(v):
    match v:
        case int(1, 2):
            return "matched"
    return "no match"


def not_a_type(v):
    match v:
        case len():
            return "matched"
    return "no match"


class BadArgs:
    __match_args__ = ["x"]


def bad_match_args(v):
    match v:
        case BadArgs(1):
            return "matched"
    return "no match"


class Dup:
    __match_args__ = ("x",)
    x = 1


def duplicate_attr(v):
    match v:
        case Dup(1, x=1):
            return "matched"
    return "no match"


attempt("too many", NoArgs(), too_many)
attempt("not instance", 5, too_many)
attempt("self two", 5, self_match_two)
attempt("not a type", 5, not_a_type)
attempt("bad args", BadArgs(), bad_match_args)
attempt("dup attr", Dup(), duplicate_attr)


class Weird:
    def __eq__(self, other):
        print("Weird.__eq__ called")
        return True


def with_value(v):
    match v:
        case Color.GREEN:
            return "green"
    return "not green"


print(with_value(Weird()))

# Local functions: bindings are plain locals (and closures see them).
def classify(points):
    out = []
    for p in points:
        match p:
            case Point(x=0) as q:
                out.append(("x0", q.y))
            case Point(x=px, y=py):
                out.append(("pt", px + py))
    return out


print(classify([Point(0, 1), Point(2, 3)]))
