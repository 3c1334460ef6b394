# enum.Flag and IntFlag: combining members, pseudo-members, iteration,
# membership, inversion, and how 3.11 prints them.
from enum import Flag, IntFlag, auto


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RW = 6


rw = Perm.R | Perm.W
print(repr(rw), str(rw), rw is Perm.RW, rw.name, rw.value, bool(rw))
print(repr(Perm.R | Perm.X), (Perm.R | Perm.X).name, str(Perm.R | Perm.X))
print(repr(Perm(0)), str(Perm(0)), bool(Perm(0)), Perm(0).name)
print(repr(Perm.RW & Perm.R), repr(Perm.R & Perm.W), repr(Perm.RW ^ Perm.R))
print(repr(~Perm.R), repr(~Perm.RW), repr(~Perm(0)), repr(~(Perm.R | Perm.W | Perm.X)))
print(list(Perm), len(Perm), list(Perm.RW), len(Perm.RW), list(Perm(0)))
print(Perm.R in Perm.RW, Perm.X in Perm.RW, Perm.R in Perm, Perm(7) is Perm(7))
print(repr(Perm(8)), repr(Perm(9)), repr(Perm(7)))
print(repr(Perm), Perm.__members__)
try:
    Perm.R | 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 in Perm.RW
except TypeError as e:
    print("TypeError:", e)
try:
    Perm("r")
except ValueError as e:
    print("ValueError:", e)


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()


print(list(Color), [c.value for c in Color], repr(Color.RED | Color.BLUE))
white = Color.RED | Color.GREEN | Color.BLUE
print(repr(white), white.name, [c.name for c in white], Color.GREEN in white)
seen = set()
for c in [Color.RED, Color.RED | Color.GREEN, Color.RED]:
    seen.add(c)
print(len(seen), Color.RED | Color.GREEN in seen)


class Open(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1


rw = Open.READ | Open.WRITE
print(repr(rw), str(rw), format(rw), f"{rw:04b}", rw == 6, rw + 1, type(rw + 1).__name__)
print(repr(Open.READ | 8), str(Open.READ | 8), (Open.READ | 8).name, repr(Open(16)), Open(16).name)
print(repr(~Open.READ), repr(~Open(0)), repr(Open(-1)), repr(Open.READ & 6), repr(Open.READ ^ Open.READ))
print(Open.READ < Open.WRITE + 3, sorted([Open.READ, Open.EXEC]))
print(list(Open), list(rw), len(rw), Open.WRITE in rw, 4 | Open.EXEC, repr(3 & Open.WRITE))
print(Open(6) is rw, repr(Open(6)), hash(Open.READ) == hash(4), {4: "four"}[Open.READ])
