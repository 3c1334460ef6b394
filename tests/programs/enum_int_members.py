# IntEnum and IntFlag members are ints (isinstance, indexing, arithmetic).
import enum
class Color(enum.IntEnum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.RED), Color.RED + 1, str(Color.RED), f"{Color.RED}", f"{Color.RED:03d}", isinstance(Color.RED, int))
print([10, 20, 30][Color.RED], {1: 'x'}[Color.RED], hash(Color.RED) == hash(1), Color.RED == 1, Color(2), Color.GREEN > Color.RED, sorted([Color.BLUE, Color.RED]))
print(type(Color.RED + 1), int(Color.BLUE), type(int(Color.BLUE)), Color.RED.value, Color.RED.name, list(Color), Color['GREEN'], "%d" % Color.BLUE, "%s" % Color.BLUE)
class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, int(rw), rw & 4, type(rw & 4), rw | 1, ~Perm.R, isinstance(Perm.R, int), Perm(7), repr(Perm(0)), bool(Perm(0)))
print(Perm.R + 1, format(Perm.R, 'x'), max(Color), Color.RED.real, Color.RED.bit_length(), range(Color.BLUE))
class Shape(enum.IntEnum):
    CIRCLE = enum.auto()
    SQUARE = enum.auto()
print(list(Shape), Shape.SQUARE == 2, Shape(1))
class State(enum.Enum):
    ON = 1
    OFF = 0
print(State.ON, State(0), repr(State.OFF), hash(State.ON) == hash(State.ON))
class S(enum.StrEnum):
    A = 'a'
print(S.A, repr(S.A), S.A.upper(), S.A == 'a')
