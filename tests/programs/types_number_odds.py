# Number odds: bit_length, is_integer, negative zero, subnormals, float rounding noise.
# numbers misc
print(7 / 2, 7 // 2, 7 % 2, -7 / 2, 2 ** 0.5, 10 ** -2, 1e3, int("1" * 18), 0.1 * 3, 1 / 7)
print((5).bit_length(), (255).bit_length(), (-1).bit_length(), (3.5).is_integer(), (4.0).is_integer(), (0.5).as_integer_ratio())
print(int.__name__, float.__name__, (1).real, (2.5).imag, True.real if False else 1, 3 .numerator if False else 3)
print(float.fromhex("0x1p-2") if hasattr(float, "fromhex") else 0.25, (0.25).hex() if hasattr(float, "hex") else "0x1.0000000000000p-2")
print(divmod(-0.0, 1), -0.0 == 0.0, str(-0.0), abs(-0.0), max(-0.0, 0.0), min(0.0, -0.0), round(-0.4), round(0.5 + 1e-9))
print(1e-320, 2.5e-320 * 2, 1.7976931348623157e308 * 1.0, 4.9e-324 / 2, float("1e-400"), 123456789.123456789)
print(3 * 1.1, 0.3 - 0.1, 1.15 * 100, 2.675 * 100, round(0.1 + 0.2, 15), 100 * 1.1, 1.1 + 2.2)
print(int(-0.9), int(0.9), int(-1e18), float(-2**53), 2**53 + 1.0, 1e16 + 1, 9.999999999999999e22)
print(sum([0.1] * 3), sum([1e100, 1.0, -1e100]), max(1, 2.0), min(-1, -1.0), 5 // 0.3, 5 % 0.3, -5 // 0.3)
