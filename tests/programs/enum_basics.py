# enum: Enum, IntEnum, StrEnum, auto, unique, aliases, lookups, printing
# as CPython 3.11 does, and the error messages.
from enum import Enum, EnumMeta, EnumType, IntEnum, StrEnum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


print(Color.RED, repr(Color.RED), format(Color.RED), f"[{Color.GREEN:>12}]")
print(Color.RED.name, Color.RED.value, type(Color.RED) is Color,
      isinstance(Color.RED, Color), isinstance(Color.RED, Enum))
print(list(Color), len(Color), [c.name for c in reversed(Color)])
print(Color(2), Color["BLUE"], Color(3) is Color.BLUE, Color.RED in Color)
print(repr(Color), type(Color) is EnumType, EnumMeta is EnumType)
print(Color.__members__)
print(list(Color.__members__), Color.RED == Color.RED, Color.RED == 1,
      Color.RED != Color.GREEN, Color.RED is Color.RED)
print({Color.RED: "r", Color.GREEN: "g"}[Color.GREEN], len({Color.RED, Color.RED, Color.BLUE}))
print(hash(Color.RED) == hash("RED"), str(Color.BLUE), Color.BLUE.__class__)

try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print("TypeError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)


# Aliases: same value, same member; not iterated.
class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2


print(list(Shape), Shape.ALIAS_FOR_SQUARE, Shape(2) is Shape.SQUARE,
      Shape.ALIAS_FOR_SQUARE.name)
print(list(Shape.__members__.items())[-1])

try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 3
        FOUR = 3
except ValueError as e:
    print("ValueError:", e)

try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError:", e)

try:
    class Extended(Color):
        PINK = 4
except TypeError as e:
    print("TypeError:", e)


# auto() and _generate_next_value_.
class Ordinal(Enum):
    FIRST = auto()
    SECOND = auto()
    TENTH = 10
    ELEVENTH = auto()


print([(m.name, m.value) for m in Ordinal])


class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)

    NORTH = auto()
    SOUTH = auto()


print([m.value for m in Named], repr(Named.SOUTH))


# Methods, properties and class attributes on enums.
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)

    def describe(self):
        return "%s has mass %s" % (self.name, self.mass)

    @classmethod
    def heaviest(cls):
        return max(cls, key=lambda p: p.mass)


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 2))
print(Planet.MERCURY.describe(), Planet.heaviest(), Planet((3.303e+23, 2.4397e6)))


class Mood(Enum):
    FUNKY = 1
    HAPPY = 3

    def __str__(self):
        return "my custom str! {0}".format(self.value)

    @classmethod
    def favorite_mood(cls):
        return cls.HAPPY


print(Mood.favorite_mood(), str(Mood.FUNKY), repr(Mood.HAPPY))


# _missing_.
class Level(Enum):
    LOW = "low"
    HIGH = "high"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.value == value.lower():
                    return member
        return None


print(Level("HIGH"), Level("Low"))
try:
    Level("medium")
except ValueError as e:
    print("ValueError:", e)


# IntEnum: members are ints; str() and format() are the int's (3.11).
class Number(IntEnum):
    ONE = 1
    TWO = 2
    THREE = 3


print(Number.TWO, repr(Number.TWO), format(Number.TWO), f"{Number.THREE:03d}", str(Number.ONE))
print(Number.ONE + 1, Number.TWO * 3, Number.ONE < Number.THREE, Number.TWO == 2,
      sorted([Number.THREE, Number.ONE]), int(Number.THREE))
print(["a", "b", "c"][Number.ONE], Number(3), hash(Number.TWO) == hash(2),
      {2: "two"}[Number.TWO], Number.TWO.name, Number.TWO.value)
try:
    Number(5)
except ValueError as e:
    print("ValueError:", e)


# StrEnum: members are strs.
class Fruit(StrEnum):
    APPLE = auto()
    BANANA = "yellow banana"


print(Fruit.APPLE, repr(Fruit.APPLE), Fruit.APPLE == "apple", Fruit.BANANA.upper(),
      f"<{Fruit.BANANA}>", Fruit("apple") is Fruit.APPLE, isinstance(Fruit.APPLE, str))


# A mixed-in data type: str() stays the enum's in 3.11.
class Code(str, Enum):
    OK = "ok"
    FAIL = "fail"


print(Code.OK, repr(Code.OK), Code.OK == "ok", Code.OK.value, format(Code.FAIL))


# The functional API.
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, repr(Animal))
Pet = Enum("Pet", [("DOG", 10), ("FISH", 20)])
print(Pet.FISH, Pet(10), len(Pet))
Tool = Enum("Tool", ["HAMMER", "SAW"])
print([t.value for t in Tool])
Mode = Enum("Mode", {"R": "read", "W": "write"})
print(Mode("write"), Mode.R.value)


# Members in sets, dicts, sorting by value, and the class's dir-like API.
counts = {}
for c in [Color.RED, Color.BLUE, Color.RED]:
    counts[c] = counts.get(c, 0) + 1
print(counts, sorted(Color, key=lambda c: -c.value))
print(Color.RED.__class__.__name__, Color.__name__, Color.GREEN._name_, Color.GREEN._value_)
