# abs, round and divmod across numeric types.
print(abs(-5), abs(5), abs(-0), abs(-2.5), abs(0.0), abs(-0.0), abs(True), abs(-9223372036854775807))
print(round(3.7), round(-3.7), round(2.5), round(3.5), round(-2.5), round(7))
print(round(3.14159, 2), round(-1.005, 2), round(12345, -2), round(0.5, 1))
print(divmod(9, 4), divmod(-9, 4), divmod(9, -4), divmod(9.0, 4), divmod(-9.5, 2))
print(type(abs(-1)).__name__, type(abs(-1.0)).__name__, type(round(1.5)).__name__)
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
