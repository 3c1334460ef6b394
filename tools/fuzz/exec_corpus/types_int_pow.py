# Integer powers within 64 bits; negative exponents produce floats.
for base in [-3, -1, 0, 1, 2, 7]:
    print(base, [base ** e for e in range(5)])
print(2 ** 62 - 1 + 2 ** 62)
print(2 ** 10, 3 ** 3, 2 ** -1, 2.0 ** 0.5)
print(10 ** -1, 5 ** -2, (-4) ** -2)
print((-1) ** 1001, (-1) ** 1000)
print(7 ** 22)
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
