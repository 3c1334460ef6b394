# str()/repr()/format of ints and bools, int() of floats and strings, big values within 64 bits.
vals = [0, -1, 7, 2**31, -2**31, 2**62, 9223372036854775807, -9223372036854775807 - 1]
for v in vals:
    print(v, repr(v), str(v), f"{v:,}", f"{v:x}", int(str(v)), hash(v) == hash(int(v)))
print(int("9223372036854775807"), int("-9223372036854775808"), int(" 0b1010 ", 0), int("0_0"), int("00"), int("-0x10", 16))
print(str(10**18), len(str(9223372036854775807)), 7 // 2, -7 // 2, 7 % -3, 2**10, (-2)**3, 10**0, 0**0)
print(int(1e18), int(-2.5), int(2.9999999999999996), round(2.5), float(2**62), 2**62 / 3, 9007199254740993 / 1)
print(bool("False"), bool(0), str(True), repr(False), int(True) + int(False), f"{True:>5}", f"{False:d}")
print(1_000_000, 0x_ff, 0o_17, 0b_11, 1_0.5, 1e1_0)
