# math.isnan/isinf and special values flowing through math functions.
import math
for v in [0.0, 1.5, math.inf, -math.inf, math.nan, float("nan"), 1e308 * 10]:
    print(v, math.isnan(v), math.isinf(v))
print(math.isnan(1), math.isinf(10 ** 18))
print(math.sqrt(math.inf), math.exp(-math.inf), math.fabs(-math.inf), math.floor(-0.0))
print(math.isnan(math.inf - math.inf), math.isnan(math.nan * 0))
try:
    math.floor(math.inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.floor(math.nan)
except ValueError as e:
    print("ValueError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
