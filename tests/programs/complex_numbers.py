"""complex: literals, the constructor, arithmetic, repr, hash, format."""
import math
import numbers

# Literals and repr.
values = [1j, 2.5j, 0j, -0j, 1 + 2j, 1 - 2j, -1 - 2j, 1e300j, 1e-5j, 10j,
          1_000j, 3.j, .5j, 0.0j, 1J, complex(-0.0, 0.0), complex(-0.0, -0.0),
          complex(0.0, -0.0), complex(math.inf, math.nan),
          complex(math.nan, math.inf), complex(-math.inf, -math.inf),
          complex(1e16, 1e-16), complex(123456789.0, 1.5)]
for v in values:
    print(repr(v), str(v), v.real, v.imag, v.conjugate())
print(type(1j), type(1j).__name__, isinstance(1j, complex))

# The constructor.
print(complex(), complex(1), complex(1.5), complex(True), complex(2, 3),
      complex(2.5, -1), complex(1j), complex(1j, 1j), complex(1 + 1j, 2),
      complex(real=3, imag=4), complex(imag=2), complex(10 ** 20))
for s in ["1+2j", " (1-2j) ", "j", "-j", "+J", "1e3j", "inf", "-infj",
          "nan+nanj", "1_000.5+2_0j", "(3)", "1.5e-3-2.5e+2j", "infinity",
          "  -1.5  "]:
    print(repr(s), complex(s))
for bad in ["", "1+", "j1", "1+2", "(1+2j", "1+2jj", "1 + 2j", "_1j",
            "1__0j", "()", "abc"]:
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
for args in [("1", 2), (1, "2"), ([],), (1, []), (None,)]:
    try:
        complex(*args)
    except TypeError as e:
        print(args, "TypeError:", e)


class WithComplex:
    def __complex__(self):
        return 4 - 5j


class WithFloat:
    def __float__(self):
        return 2.5


class WithIndex:
    def __index__(self):
        return 7


class BadComplex:
    def __complex__(self):
        return 1.5


print(complex(WithComplex()), complex(WithFloat()), complex(WithIndex()),
      complex(WithFloat(), WithIndex()))
try:
    complex(BadComplex())
except TypeError as e:
    print("TypeError:", e)

# Arithmetic, mixed with int, float and bool.
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, -a, +a, abs(a), a ** 2, a ** -1, a ** b)
print(a + 1, 1 + a, a - 2.5, 2.5 - a, a * True, 2 * a, a / 2, 2 / a,
      2 ** a, a ** 0.5, 1j ** 2, 1j * 1j, (1 + 1j) ** 100, 0j ** 0)
print(abs(3j), abs(-4 + 0j), abs(complex(math.inf, math.nan)),
      abs(complex(math.nan, 1)))
c = 1 + 1j
c += 1
c *= 2j
c -= 1j
c /= 2
c **= 2
print(c)
for op, x, y in [("/", 1j, 0), ("/", 1j, 0j), ("**", 0j, -1), ("**", 0j, 1j),
                 ("**", 1e200j, 2), ("//", 1j, 1), ("%", 1j, 1),
                 ("<", 1j, 2j), (">=", 1j, 1), ("+", 1j, "a"), ("*", 1j, [1]),
                 ("+", 1j, 10 ** 400)]:
    try:
        print(eval(f"x {op} y"))
    except (ZeroDivisionError, OverflowError, TypeError) as e:
        print(op, type(e).__name__ + ":", e)
try:
    abs(complex(1e308, 1e308))
except OverflowError as e:
    print("OverflowError:", e)
try:
    divmod(1j, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    int(1j)
except TypeError as e:
    print("TypeError:", e)
try:
    float(1j)
except TypeError as e:
    print("TypeError:", e)

# Equality and hashing.
print(1j == 1j, 1 + 0j == 1, 1 == 1 + 0j, 1.5 + 0j == 1.5, 1j != 1j,
      1j == 1, 2 ** 53 + 1 == complex(2 ** 53 + 1), 1j == "1j", 1j in [1j])
for v in [0j, 1j, 1 + 0j, 2.5 + 0j, 1 + 2j, -1 - 1j, complex(1e300, -1e-300),
          complex(math.inf, 0), complex(-math.inf, math.inf)]:
    print(repr(v), hash(v))
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), {1: "a"}[1 + 0j],
      len({1, 1.0, 1 + 0j}), bool(0j), bool(1j), bool(complex(0, -0.0)))

# format() and f-strings.
z = 3.14159 - 2.71828j
for spec in ["", "g", ".2f", "10.1f", "<30.3e", ">30", "^30.2g", "+.3f",
             " .1f", "E", "F", "G", ".0f", ",.2f", "*^24.2f", "#.0f"]:
    print(repr(spec), repr(format(z, spec)), repr(format(2j, spec)),
          repr(format(-0j, spec)))
print(f"{1+2j}, {z:.1f}, {z!r}, {1j:10}")
for spec in ["010", "=10", "d", "%", "x"]:
    try:
        format(z, spec)
    except ValueError as e:
        print(repr(spec), "ValueError:", e)

# The numeric tower, int/float views, pickling protocol support.
print(isinstance(1j, numbers.Complex), isinstance(1j, numbers.Real),
      isinstance(1.5, numbers.Complex), issubclass(complex, numbers.Number))
print((5).real, (5).imag, (5).conjugate(), (2.5).real, (2.5).imag,
      (2.5).conjugate(), True.imag)
print((1 + 2j).__getnewargs__())
import json
import struct
try:
    json.dumps([1j])
except TypeError as e:
    print("TypeError:", e)
try:
    struct.pack("d", 1j)
except struct.error as e:
    print("struct.error:", e)

print(sum([1j, 2, 3.5]), [1j, 2j] * 2, sorted([3, 1, 2], key=lambda v: v * 1j
                                                    .imag if False else v))
