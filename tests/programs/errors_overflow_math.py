# Uncaught OverflowError from math.exp.
import math
print(math.exp(1.0) > 2.7)
print(math.exp(1000.0))
