# Float repr is the shortest string that round-trips.
vals = [0.1, 0.2, 0.3, 1.0, -1.0, 0.5, 1 / 3, 2 / 3, 100.0, 1e16, 1e15,
        123456789012345.6, 1e-4, 1e-5, 1e-7, 0.0001234, 1.5e-10, 1e22, 1e100,
        -0.0, 0.0, 5e-324, 1.7976931348623157e308, 2.5, 1e16 + 2, 9.999999999999999e15]
for v in vals:
    print(repr(v), str(v))
print(float("inf"), float("-inf"), float("nan"), -float("nan"))
print([0.1, 1e16, float("inf")], (1e-7,), {"f": 0.5})
print(0.1 + 0.2, 0.1 * 3, 1.1 * 1.1, 3.0 * 1.1)
print(1e16 * 10, 1e-7 / 10, 12345678.9 * 100)
print(float(10 ** 15), float(10 ** 16), float(2 ** 53), float(2 ** 53 + 1))
print(4.35 * 100, 0.57 * 100, 1.15 * 100)
print(repr(1.0e+0), 1000000000000000.0, 10000000000000000.0)
