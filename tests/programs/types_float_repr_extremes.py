# float repr of extremes and rounding boundaries.
import sys
vals = [0.1, 0.2 + 0.1, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 0.0001234, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308,
        -0.0, 1e22, 1e23, 9007199254740993.0, 0.1 * 3, 100.0, 1.5e300 * 1.5e300, -1e308 * 10, 2.5, 1 / 3, 2 / 3, 1e100, 123e-20]
for v in vals:
    print(repr(v), str(v))
print(float("1e309"), float("-1e309"), 1e308 * 10 - 1e308 * 10, 0.1 + 0.7, 4.35 * 100, 1.1 * 3)
print(sys.float_info.max if hasattr(sys, "float_info") else 1.7976931348623157e308)
print(int(1e15), int(1.5e15), 2.0 ** 62, 2.0 ** 63, float(2 ** 53 + 1), 10.0 ** 15, 10.0 ** 16, -1e-7)
print([0.5, 1.25, 1e-10], (1.0,), {1.5: 2.5}, 3.0 == 3, hash(3.0) == hash(3), 0.1 + 0.2 == 0.3)
