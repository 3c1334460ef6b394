# float() from strings and ints; int() truncation; str of floats.
print(float("1.5"), float("  -2.25  "), float("1e3"), float("1E-3"), float(".5"), float("5."))
print(float("+1.0"), float("1_0.5"), float(7), float(-0), float(True), float())
print(int(2.9), int(-2.9), int(1e10), int(-1e-10), int(0.999999))
print(str(1.0), str(1e300), str(-1e-300), str(0.1 * 3))
for bad in ["", "abc", "1.2.3", "1e", "--1"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
print(float("0.1") == 0.1, float(str(1 / 3)) == 1 / 3)
print(float(10 ** 18), float(-9223372036854775807 - 1))
print(int("7") + float("0.5"), str(int(float("3.99"))))
