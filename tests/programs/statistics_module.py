# statistics: exact means and variances, medians, modes, quantiles,
# correlation and regression, and the errors.
import statistics as st
from fractions import Fraction

data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
ints = [1, 2, 3, 4, 4, 5, 9]
print(st.mean(ints), st.mean([1, 2, 3, 4]), st.mean(data), st.mean([Fraction(1, 3), Fraction(2, 3)]))
print(st.mean([1e50, 1, -1e50] * 10), st.fmean([3.5, 4.0, 5.25]), st.fmean([1, 2, 3], weights=[3, 1, 1]))
print(st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]))
print(st.median(ints), st.median([1, 3, 5, 7]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(["red", "blue", "blue", "red"]), st.multimode("aabbbbccddddeeffffgg"))
print(st.variance(data), st.pvariance(data), st.variance(ints), st.pvariance([1, 2, 3, 4]))
print(st.stdev(data), st.pstdev(data), st.stdev(ints), st.variance([Fraction(1, 4), Fraction(5, 4), Fraction(1, 2)]))
print(st.variance(data, st.mean(data)), st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles([1, 2, 3, 4, 5], n=4, method="inclusive"), st.quantiles([1.5, 2.5], n=3))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, x), st.correlation(x, y))
r = st.linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 12])
print(r, r.slope, r.intercept, st.linear_regression([1, 2, 3], [2, 4, 6], proportional=True))
for fn, arg in [(st.mean, []), (st.median, []), (st.mode, []), (st.variance, [1]), (st.stdev, [1]), (st.pvariance, [])]:
    try:
        fn(arg)
    except st.StatisticsError as e:
        print("StatisticsError:", e)
try:
    st.correlation([1, 1, 1], [1, 2, 3])
except st.StatisticsError as e:
    print("StatisticsError:", e)
try:
    st.harmonic_mean([1, -2])
except st.StatisticsError as e:
    print("StatisticsError:", e)
try:
    st.quantiles([1, 2], n=0)
except st.StatisticsError as e:
    print("StatisticsError:", e)
print(issubclass(st.StatisticsError, ValueError), st.multimode([]))
