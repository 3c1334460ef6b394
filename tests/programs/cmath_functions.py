"""cmath: functions, constants, special values and errors."""
import cmath
import math

inf, nan = math.inf, math.nan
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj,
      cmath.nanj)
names = ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "sinh", "cosh",
         "tanh", "asin", "acos", "atan", "asinh", "acosh", "atanh"]
finite = [0j, -0j, complex(0.0, -0.0), 1, -1, 2.5, 1j, -1j, 1 + 1j,
          -2 + 3j, 0.5 - 0.25j, 1e-310 + 1e-310j, 1e300 + 1e300j,
          -1e308 + 0.5j, 0.9 + 0.5j, 1e-8 - 3j, 710 + 1j, -710 + 2j,
          complex(1, 1e-200)]
special = [complex(inf, 0), complex(-inf, 0), complex(0, inf),
           complex(0, -inf), complex(inf, inf), complex(nan, nan),
           complex(-inf, 2.0), complex(1.0, inf), complex(nan, inf)]
for name in names:
    fn = getattr(cmath, name)
    for z in finite + special:
        try:
            r = fn(z)
        except (ValueError, OverflowError) as e:
            r = f"{type(e).__name__}: {e}"
        print(name, repr(z), repr(r))
print(cmath.log(8, 2), cmath.log(1j, 1 + 1j), cmath.log(100, 10))
for args in [(0,), (1, 1), (0, 2)]:
    try:
        print(cmath.log(*args))
    except (ValueError, ZeroDivisionError) as e:
        print(args, type(e).__name__, e)
for z in [1 + 1j, -1, -0.0, complex(-1, -0.0), complex(inf, inf), 3]:
    print(cmath.phase(z), cmath.polar(z))
for r, phi in [(1, 0), (2, math.pi / 2), (1, -0.0), (-1, 1), (0, 1),
               (inf, 1), (-inf, 2), (inf, 0)]:
    print(r, phi, cmath.rect(r, phi))
for bad in [(1, inf), (inf, -inf)]:
    try:
        cmath.rect(*bad)
    except ValueError as e:
        print(bad, e)
try:
    cmath.polar(complex(1e308, 1e308))
except OverflowError as e:
    print("OverflowError:", e)
print(cmath.isfinite(1 + 1j), cmath.isfinite(complex(inf, 0)),
      cmath.isinf(complex(0, -inf)), cmath.isnan(complex(0, nan)),
      cmath.isnan(1), cmath.isinf(2.5))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j),
      cmath.isclose(1j, 1.001j), cmath.isclose(1j, 1.001j, rel_tol=0.01),
      cmath.isclose(0j, 1e-10j, abs_tol=1e-9),
      cmath.isclose(complex(inf, 0), complex(inf, 0)))
try:
    cmath.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print("ValueError:", e)
try:
    cmath.sqrt("x")
except TypeError as e:
    print("TypeError:", e)


class C:
    def __complex__(self):
        return 4j


class F:
    def __float__(self):
        return 4.0


print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.sqrt(-4), cmath.exp(True))
