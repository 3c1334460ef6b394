# float.hex() and float.fromhex(): exact round trips, subnormals, signs, inf/nan and the errors.
for x in [1.5, 0.0, -0.0, 5e-324, 1e308, -2.25, 0.1, float("inf"), float("nan"), -float("inf"), 1/3, 2.0**-1074 * 3, 123456.789]:
    print(x.hex(), float.fromhex(x.hex()) == x or x != x)
for s in ["0x1.8p+0", "  -0X1P-2  ", "1.8p1", "inf", "-Infinity", "nan", "0x.8", "0x1.", "a", "0x1p10000",
          "0x1p-1080", "ff", "0x", ".", "0x1p", "0x1p+", "1 2", "", "0x1.fffffffffffff8p1023", "+0x1.8P3"]:
    try: print(repr(float.fromhex(s)))
    except (ValueError, OverflowError) as e: print(type(e).__name__, e)
