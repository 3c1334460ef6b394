# int()/float() parsing: whitespace, underscores, bases, special values, errors.
print(int(" 42 "), int("-0"), int("+7"), int("1_000"), int("0x1f", 16), int("0x1f", 0), int("0o17", 0), int("0b101", 0), int("z", 36), int("  -ff ", 16))
print(int(3.99), int(-3.99), int(True), int("10", 2), int("0", 0), int("١٢"), float(" 1.5 "), float("1_0.5"), float("-inf"), float("+Infinity"), float("nan"))
print(float("1e3"), float(".5"), float("5."), float("-0"), float(7), float("  3  "), float("1E-2"), float("infinity"), float("-NaN"))
for bad in ["", " ", "1.5", "1__0", "_1", "0x", "12a", "1 2"]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
for bad in ["", "abc", "1.2.3", "1e", "in f", "--1", "1_"]:
    try:
        float(bad)
    except ValueError as e:
        print(e)
for args in [("08", 0), ("12", 1), ("12", 37), ("9", 8)]:
    try:
        int(*args)
    except ValueError as e:
        print(e)
try:
    int(None)
except TypeError as e:
    print(e)
try:
    float([])
except TypeError as e:
    print(e)
try:
    int(float("inf"))
except OverflowError as e:
    print(e)
try:
    int(float("nan"))
except ValueError as e:
    print(e)
try:
    int(5, 10)
except TypeError as e:
    print(e)
