# round(): banker's rounding, ndigits, negative ndigits, int results.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.4999, 2.675]:
    print(v, round(v), type(round(v)).__name__)
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(3.14159, 3), round(3.14159, 0), round(-3.14159, 1))
print(round(1234.5678, -1), round(1234.5678, -2), round(1250.0, -2))
print(round(5), round(-7), round(15, -1), round(25, -1), round(-25, -1), round(1234, -2))
print(type(round(5, 2)).__name__, type(round(5.0, 2)).__name__)
print(round(1e16 + 0.5), round(0.0), round(-0.0), round(-0.4))
print(round(2.5, 0), round(3.5, 0), round(0.05, 1), round(0.15, 1))
