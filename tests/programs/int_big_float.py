# Ints and floats: exact comparisons, correctly rounded int -> float
# conversion and int / int division, overflow errors, mixed arithmetic.


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


show("float(2**53+1)", lambda: float(2**53 + 1))
show("float(2**53+3)", lambda: float(2**53 + 3))
show("float(2**64-1)", lambda: float(2**64 - 1))
show("float(2**100+2**47)", lambda: float(2**100 + 2**47))
show("float(2**100+2**47+1)", lambda: float(2**100 + 2**47 + 1))
show("float(2**100+3*2**47)", lambda: float(2**100 + 3 * 2**47))
show("float(-(2**200)-1)", lambda: float(-(2**200) - 1))
show("float(2**1023)", lambda: float(2**1023))
show("float(2**1024-2**970)", lambda: float(2**1024 - 2**970))
show("float(2**1024-2**971)", lambda: float(2**1024 - 2**971))
show("float(2**1024)", lambda: float(2**1024))
show("float(10**400)", lambda: float(10**400))
show("float(-10**400)", lambda: float(-10**400))
show("10**400*1.0", lambda: 10**400 * 1.0)
show("1.5+2**64", lambda: 1.5 + 2**64)
show("2**64-0.5", lambda: 2**64 - 0.5)
show("2**70*0.5", lambda: 2**70 * 0.5)
show("2**70/2.0", lambda: 2**70 / 2.0)
show("2.0**70//3", lambda: 2.0**70 // 3)
show("2**70%2.5", lambda: 2**70 % 2.5)
show("2.5**(2**70)", lambda: 2.5 ** (2**70))
show("0.5**(2**70)", lambda: 0.5 ** (2**70))
for a, b in [(1, 3), (2**53 + 1, 1), (2**64 + 1, 2**11), (10**30, 3),
             (-(10**30), 7), (2**1100, 2**100), (1, 2**1074), (1, 2**1075),
             (3, 2**1076), (2**2000, 3**1000), (10**400, 10**399),
             (123456789 * 10**50, 987654321 * 10**40), (0, -(2**100)),
             (2**1023 * 3, 2), (-(2**64) + 1, 2**64), (7, -(2**70))]:
    show("%d digits / %d digits" % (len(str(a)), len(str(b))), lambda: a / b)
show("10**400/3", lambda: 10**400 / 3)
show("2**1024/1", lambda: 2**1024 / 1)
show("1/2**2000", lambda: 1 / 2**2000)
show("-1/2**2000", lambda: -1 / 2**2000)
show("big/0", lambda: 2**100 / 0)
show("big/0.0", lambda: 2**100 / 0.0)

pairs = [(2**53 + 1, 2.0**53), (2**53, 2.0**53), (2**64, 2.0**64),
         (2**64 + 1, 2.0**64), (2**64 - 1, 2.0**64), (-(2**64), -2.0**64),
         (10**400, float("inf")), (-(10**400), float("-inf")),
         (10**400, 1e308), (2**100, float("nan")), (3, 3.5), (2**70, 2.0**70 + 2**18)]
for i, f in pairs:
    print(i == f, i != f, i < f, i <= f, i > f, i >= f,
          f == i, f < i, f > i)
print(2**1024 > 1.7976931348623157e308, 2**1024 - 1 > 1.7976931348623157e308)
print(hash(2**64) == hash(2.0**64), hash(-(2**100)) == hash(-2.0**100),
      hash(2**61 - 1), hash(2.0**61), hash(2**61))
print({2**64: "int", 2.0**64: "float"}, {2.0**64: "float", 2**64: "int"})
print(2**53 + 1 in {2.0**53}, 2**64 in {2.0**64: 1}, 2.0**64 in [2**64])
print(int(2.0**100), int(-1e300) // 10**290, int(1.5e19), int(-9.3e18))
print(round(2.5e20), round(1e300) == 10**300, round(float(2**80)))
show("int(inf)", lambda: int(float("inf")))
show("int(nan)", lambda: int(float("nan")))
show("round(inf)", lambda: round(float("inf")))
print(1e308.as_integer_ratio()[0] % 10**9, 1.5e-300.as_integer_ratio()[1] % 10**9)
print((2.0**100).as_integer_ratio(), (0.1).as_integer_ratio())
