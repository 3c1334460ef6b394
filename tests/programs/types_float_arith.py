# Float arithmetic and mixing with ints.
print(0.1 + 0.2, 1.5 - 0.5, 2.5 * 4, 7.0 / 2, 1 / 4)
print(3 + 0.5, 3 * 1.0, 10 / 5, 2 - 2.0, type(3 + 0.0).__name__)
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
print(2.0 ** 10, 2.0 ** -1, (-2.0) ** 2, 0.5 ** 0.5)
print(abs(-2.5), abs(2.5), -(-2.5))
x = 0.0
for _ in range(10):
    x += 0.1
print(x, x == 1.0, round(x, 10) == 1.0)
print(1.0 == 1, 1.5 > 1, 0.1 < 0.2 < 0.30000000000000004)
print(sum([0.1] * 10), sum([1, 2.5, 3]))
print(3.0 // 0.5, 3.0 % 0.7, -3.0 % 0.7)
print(1e16 + 1, 1e16 + 2, 0.1 + 1e16 - 1e16)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
