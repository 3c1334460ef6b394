import statistics
from decimal import Decimal as D
from fractions import Fraction as F
print(statistics.mean([D("1.1"), D("2.2"), D("3.3")]))
print(statistics.median([D("1.1"), D("2.2")]))
print(statistics.variance([D("1.1"), D("2.2"), D("3.5")]))
print(statistics.stdev([D("1.1"), D("2.2"), D("3.5")]))
print(statistics.mean([F(1, 3), F(2, 3)]), statistics.variance([F(1, 3), F(2, 3), 1]))
print(statistics.mean([1, 2, 3, 4]), statistics.mean([1.5, 2]), statistics.pstdev([F(1), F(2)]))
print(statistics.fmean([D("1.5"), 2]))
print(statistics.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
print(statistics.harmonic_mean([D("2"), D("4")]))
print(statistics.geometric_mean([D("2"), D("8")]))
print(statistics.pvariance([D("1"), D("3")]), statistics.pstdev([D("1"), D("3")]))
try:  # (the message names the two types in set order: not compared)
    statistics.mean([D("1"), 1.5])
except TypeError as e:
    print("TypeError")
import decimal
with decimal.localcontext() as ctx:
    ctx.prec = 6
    print(statistics.stdev([D("1.1"), D("2.2"), D("3.5")]), statistics.mean([D(1), D(2), D(2)]))
print(statistics.stdev([D(2), D(2)]), statistics.harmonic_mean([D("2.5")]))
