# math: sqrt floor ceil fabs pow exp log and constants.
import math
print(math.pi, math.e, math.inf, -math.inf, math.nan)
print(math.sqrt(16), math.sqrt(2), math.sqrt(0.25), math.sqrt(0))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.floor(5), math.ceil(-0.5))
print(type(math.floor(2.5)).__name__, type(math.ceil(2.5)).__name__)
print(math.fabs(-3), math.fabs(2.5), math.pow(2, 10), math.pow(2, -1), math.pow(4, 0.5))
print(math.exp(0), math.exp(1), math.exp(-1), math.log(1), math.log(math.e))
print(math.log(8, 2), math.log(100, 10), math.log(2))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
print(round(math.pi, 4), math.floor(math.pi * 100) / 100)
