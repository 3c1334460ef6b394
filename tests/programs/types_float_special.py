# inf, nan and negative zero behaviour.
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, inf + 1, inf - inf, inf * 0, -inf * -1)
print(inf > 1e308, -inf < -1e308, inf == inf, inf == float("infinity"))
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan)
print(1 / inf, -1 / inf, inf / inf)
print(float("-0.0"), -0.0 == 0.0, str(-0.0), repr(0.0 * -1))
print(0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, abs(-0.0))
print(float("INF"), float("-Infinity"), float("NaN"), float("nan") in [nan])
print(max(1.0, inf), min(-inf, 0), sorted([3.0, -inf, inf, 0.0]))
print(round(-0.0), int(-0.0), -0.0 < 0.0, bool(-0.0))
print([inf, nan], {"x": -inf})
print(1e300 * 1e300, -1e300 * 1e300)
try:
    int(inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(nan)
except ValueError as e:
    print("ValueError:", e)
