import math

def show(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except Exception as e:
        print(label, type(e).__name__, e)

print(math.tau, math.pi, math.e, math.inf, math.nan)
for x in [0.0, -0.0, 0.5, 1.0, 2.5, 5.0, 10.5, 23.0, 24.0, 171.5, -0.5, -1.5,
          -2.0, 1e-25, -1e-25, 300.0, -300.5, 141.3, -141.3, float("inf"),
          float("-inf"), float("nan"), 1e-320]:
    show("gamma", math.gamma, x)
    show("lgamma", math.lgamma, x)
for x in [0.0, 0.3, -1.2, 3.0, 30.0, float("inf"), float("nan")]:
    show("erf", math.erf, x)
    show("erfc", math.erfc, x)
for x in [27.0, -8.0, 2.0, 0.0, float("inf")]:
    show("cbrt", math.cbrt, x)
for x in [3.0, -1.5, 1024.0, 1e6, -1e6]:
    show("exp2", math.exp2, x)
for a, b in [(10, 3), (11, 3), (-7.5, 2), (5, 0), (float("inf"), 2),
             (3, float("inf")), (float("nan"), 1), (6.0, 4.0)]:
    show("remainder", math.remainder, a, b)
    show("fmod", math.fmod, a, b)
show("nextafter", math.nextafter, 1.0, 2.0)
show("nextafter", math.nextafter, 1.0, 0.0)
show("nextafter", math.nextafter, 0.0, -1.0)
for x in [1.0, 0.0, 1e300, -2.5, float("inf"), float("nan"), 5e-324,
          1.7976931348623157e308]:
    show("ulp", math.ulp, x)
for x in [0.0, 1.0, -3.75, 1e300, 5e-324, float("inf"), float("nan")]:
    show("frexp", math.frexp, x)
for x, i in [(0.5, 3), (1.0, -1075), (1.0, 1024), (-3.0, 2), (0.0, 10**6),
             (1.5, 10**18), (1.5, -10**18), (2.0, 1.5)]:
    show("ldexp", math.ldexp, x, i)
show("hypot", math.hypot)
show("hypot", math.hypot, 3)
show("hypot", math.hypot, 3, 4)
show("hypot", math.hypot, 1, 2, 3, 4, 5)
show("hypot", math.hypot, 0.1, 0.2, 0.3)
show("hypot", math.hypot, 1e308, 1e308)
show("hypot", math.hypot, 1e-320, 3e-320)
show("hypot", math.hypot, float("inf"), float("nan"))
show("hypot", math.hypot, float("nan"), 2)
show("hypot", math.hypot, "x")
show("dist", math.dist, (0, 0), (3, 4))
show("dist", math.dist, [1.5, 2.5, -3], (0.1, 0.2, 0.3))
show("dist", math.dist, (1, 2), (1, 2, 3))
show("dist", math.dist, 1, (1,))
for xs in [[0.1] * 10, [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50],
           [float("inf"), 1.0], [float("inf"), float("-inf")],
           [float("nan"), 1.0], [1e308, 1e308], [], range(10),
           [2.0 ** 53, -0.5, -2.0 ** -54]]:
    show("fsum", math.fsum, xs)
for n, k in [(5, 2), (10, 0), (10, 10), (3, 5), (52, 5), (-1, 2),
             (4, -1), (1.0, 1), (20, 7)]:
    show("comb", math.comb, n, k)
    show("perm", math.perm, n, k)
show("comb", math.comb, 60, 30)
show("comb", math.comb, 34, 17)
show("perm", math.perm, 5)
show("perm", math.perm, 5, None)
show("perm", math.perm)
show("comb", math.comb, 5)
for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 10**12, 10**18, 2**62 - 1, -1]:
    show("isqrt", math.isqrt, n)
show("isqrt", math.isqrt, 4.0)
for n in [0, 1, 5, 10, 20, -3]:
    show("factorial", math.factorial, n)
show("factorial", math.factorial, 5.0)
show("gcd", math.gcd)
show("gcd", math.gcd, 12, 18, -24)
show("gcd", math.gcd, 0, 0)
show("lcm", math.lcm)
show("lcm", math.lcm, 4, 6, 10)
show("lcm", math.lcm, 4, 0, -6)
show("lcm", math.lcm, -4)
for x in [2.7, -2.7, 5, float("inf"), float("nan")]:
    show("trunc", math.trunc, x)
    show("floor", math.floor, x)
    show("ceil", math.ceil, x)
show("copysign", math.copysign, 3, -0.0)
show("degrees", math.degrees, math.pi / 3)
show("radians", math.radians, 180)
show("isclose", math.isclose, 1.0, 1.0 + 1e-10)
print(math.isclose(1.0, 1.1, rel_tol=0.2))
print(math.isclose(0.0, 1e-12, abs_tol=1e-11))
try:
    math.isclose(1.0, 2.0, rel_tol=-1)
except ValueError as e:
    print("isclose", e)
show("modf", math.modf, -3.25)
for f in [math.log2, math.log10, math.log1p, math.expm1]:
    for x in [8.0, 1e-10, 0.0, -1.0, 1000.0]:
        show(f.__name__, f, x)
for f in [math.asin, math.acos, math.asinh, math.acosh, math.atanh,
          math.sinh, math.cosh, math.tanh]:
    for x in [0.5, -0.25, 1.0, 2.0, 1000.0]:
        show(f.__name__, f, x)
show("isfinite", math.isfinite, 1e308 * 10)
show("isfinite", math.isfinite, 1.0)
show("prod", math.prod, [1, 2, 3, 4])
print(math.prod([1.5, 2], start=2))
show("prod", math.prod, [])
show("erf", math.erf, 1, 2)
show("sqrt", math.sqrt, "a")
