# round(): banker's rounding, ndigits, negative ndigits, ints and floats.
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.7), round(-3.7))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(3.14159, 3), round(1e20, 2))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1), round(7, 0), round(7, 3))
print(round(1234.5678, -2), round(1255.0, -1), round(0.0), round(-0.0, 1), round(5.5, None), type(round(5.5)), type(round(5.5, 0)))
print(round(float("inf"), 2), round(float("nan"), 1), round(True), round(1e300, -300))
try:
    round(float("inf"))
except OverflowError as e:
    print(e)
try:
    round(float("nan"))
except ValueError as e:
    print(e)
try:
    round("1")
except TypeError as e:
    print(e)
try:
    round(1.5, 1.5)
except TypeError as e:
    print(e)
