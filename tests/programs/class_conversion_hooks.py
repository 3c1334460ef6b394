# Conversions through __int__/__float__/__index__/__repr__/__format__ and their errors.
class Num:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
    def __index__(self):
        return 3
print(int(Num()), float(Num()), [1, 2, 3, 4][Num()], round(2.5), "%d" % Num() if False else "")
class R:
    def __repr__(self):
        return "R!"
print(str(R()), f"{R()}", [R()], "%s %r" % (R(), R()), format(R()), "{}".format(R()))
class BadLen:
    def __len__(self):
        return "x"
try:
    len(BadLen())
except TypeError as e:
    print(e)
try:
    bool(BadLen())
except TypeError as e:
    print(e)
class F:
    def __format__(self, spec):
        return f"F[{spec}]"
print(f"{F():>5}", format(F(), "x"), "{:abc}".format(F()))
class BadInt:
    def __int__(self):
        return "no"
try:
    int(BadInt())
except TypeError as e:
    print(e)
try:
    int(R())
except TypeError as e:
    print(e)
try:
    float(R())
except TypeError as e:
    print(e)
