# Subclassing float: construction, arithmetic returning float, overridden
# repr/str, extra attributes, __new__ with extra arguments, comparisons,
# hashing, formatting and the float methods on instances.
import math


class Meters(float):
    def __repr__(self):
        return f"Meters({float(self)!r})"

    def __add__(self, other):
        return Meters(float(self) + float(other))


m = Meters(2.5)
print(m, repr(m), str(m), f"{m}", f"{m:.3f}", f"{m!r:>16}")
print(type(m).__name__, isinstance(m, float), issubclass(Meters, float))
print(m + 1, type(m + 1).__name__, 1 + m, type(1 + m).__name__)
print(m * 2, type(m * 2).__name__, m - 0.5, m / 2, m // 1, m % 1, m ** 2)
print(-m, type(-m).__name__, +m, type(+m).__name__, abs(Meters(-3.0)))
print(int(m), float(m), type(float(m)).__name__, round(m), round(m, 1))
print(m == 2.5, m != 2.5, m < 3, m >= 2.5, 2.5 == m, m == Meters(2.5))
print(hash(m) == hash(2.5), {m: "x"}[2.5], bool(Meters(0.0)), bool(m))
print(m.is_integer(), Meters(4.0).is_integer(), m.as_integer_ratio(), m.hex())
print(m.real, type(m.real).__name__, m.imag, m.conjugate(), type(m.conjugate()).__name__)
print(math.sqrt(Meters(16.0)), math.floor(m), math.isclose(m, 2.5))
print(sorted([Meters(3.0), 1.0, Meters(2.0)]), max(Meters(1.5), 1.0))
print(sum([Meters(1.0), Meters(2.0)]), type(sum([Meters(1.0), Meters(2.0)])).__name__)


class Plain(float):
    pass


p = Plain("1.25")
print(p, repr(p), type(p).__name__, p + p, type(p + p).__name__, Plain(), Plain(3))
p.note = "hello"
print(p.note, p.__dict__)


class Temperature(float):
    def __new__(cls, value, unit="C"):
        obj = super().__new__(cls, value)
        obj.unit = unit
        return obj

    def __str__(self):
        return f"{float(self):.1f}°{self.unit}"

    def to_f(self):
        return Temperature(self * 9 / 5 + 32, "F")


t = Temperature(21.5)
print(t, repr(t), t.unit, t.to_f(), t.to_f().unit, t > 20)


class Money(float):
    def __format__(self, spec):
        return "$" + format(float(self), spec or ".2f")


print(f"{Money(3.14159)}", f"{Money(2):.1f}", str(Money(1.5)))
try:
    Meters("abc")
except ValueError as e:
    print("ValueError:", e)
