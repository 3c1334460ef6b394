# fractions.Fraction: construction, normalisation, arithmetic, comparisons,
# hashing consistent with int/float, rounding, limit_denominator.
from fractions import Fraction as F
import math

print(F(3, 4), F(6, -8), F(5), F(0.75), F("3/4"), F(" -1.25e2 "), F("7"), F(F(1, 3)))
print(repr(F(1, 3)), F(10, 4).numerator, F(10, 4).denominator, F(2, 4).as_integer_ratio())
print(F(1, 3) + F(1, 6), F(1, 2) - 1, 2 * F(3, 4), F(3, 4) / F(3, 8), 1 / F(3))
print(F(7, 3) // 2, F(7, 3) % 1, divmod(F(7, 2), F(2, 3)), -F(5, 2), abs(F(-5, 2)))
print(F(2, 3) ** 2, F(2, 3) ** -2, F(-2, 3) ** -3, 2 ** F(2), F(1, 4) ** 0.5, F(1, 2) + 0.25)
print(F(1, 3) == F(2, 6), F(1, 2) == 0.5, F(1, 3) < 0.34, F(5, 2) > 2, F(1, 2) <= F(1, 2), F(1, 3) != 1)
print(hash(F(5)) == hash(5), hash(F(1, 2)) == hash(0.5), hash(F(1, 3)), hash(F(-7, 11)))
print({F(1, 2): "half"}[0.5] if hash(F(1, 2)) == hash(0.5) else "no")
print(int(F(-7, 2)), math.floor(F(-7, 2)), math.ceil(F(-7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)))
print(round(F(22, 7), 2), round(F(12345, 1), -2), float(F(1, 3)), bool(F(0)), bool(F(1, 9)))
print(F(3.141592653589793).limit_denominator(1000), F("3.14159").limit_denominator(100), F(1, 3).limit_denominator(2))
print(F.from_float(0.1), F(0.1).limit_denominator())
print(sum([F(1, n) for n in range(1, 8)]), sorted([F(1, 2), F(1, 3), F(2, 3)]), max(F(1, 2), 0.6))
for bad in ["1/0x", "abc", "1.2.3", "", "3/"]:
    try:
        F(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    F(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    F(1, 2) / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    F([1])
except TypeError as e:
    print("TypeError:", e)
print(F(10**20, 3) + 1, F(2**70, 2**68))
