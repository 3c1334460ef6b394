# int() from strings in various bases, floats and bools; str of ints.
print(int("42"), int("-17"), int("  8  "), int("+5"), int("1_000"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("777", 8), int("101", 2))
print(int("z", 36), int("0b11", 0), int("0o17", 0), int("0x1f", 0), int("12", 0))
print(int(3.9), int(-3.9), int(0.5), int(-0.0), int(1e18))
print(int(True), int(False), int())
print(str(123), str(-0), repr(-5), str(10 ** 15))
for bad in ["", "abc", "1.5", "12a", "0x10"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("9", 8)
except ValueError as e:
    print("ValueError:", e)
print(hex(255), hex(-255), hex(0))
print(int(hex(12345), 16))
