# ** with ints and floats: negative exponents give floats, pow builtins.
print(2 ** 10, 3 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 4)
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -1)
print(type(2 ** -1).__name__, type(2 ** 2).__name__)
print(2.0 ** 3, 4 ** 0.5, 2 ** 0.5, 8 ** (1 / 3))
print(1.5 ** 2, 0.0 ** 0, 1 ** 1000000)
print((-8) ** 2, -8 ** 2)
print(10 ** 18, 2 ** 62, 3 ** 39)
print(0.5 ** -2, 1e2 ** 2)
x = 3
x **= 3
print(x)
print(True ** 5, 2 ** True, False ** 0)
