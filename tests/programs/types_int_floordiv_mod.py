# Floor division and modulo follow the sign of the divisor.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3), (1, 5), (-1, 5)]
for a, b in pairs:
    print(a, b, a // b, a % b, a // b * b + a % b == a)
print(7 / 2, -7 / 2, 6 / 3, type(6 / 3).__name__)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7 % -2.5)
print(-9223372036854775807 // 2, -9223372036854775807 % 10)
print(9223372036854775807 // -1)
print(5 % 1, 5.0 % 1, -0.5 % 1)
print(1 // 3, -1 // 3, 10 // 10, -10 // 10)
