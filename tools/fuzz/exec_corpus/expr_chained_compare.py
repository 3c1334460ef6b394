# Chained comparisons evaluate each operand once and short-circuit.
def v(x):
    print("eval", x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1)
print(1 < 2 > 0, 1 == 1 == 1, 1 == 1 != 2)
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(1 <= 1 < 2 <= 2 < 3)
x = 5
print(0 < x <= 5, 0 < x < 5)
print("a" < "b" < "c", [1] < [2] < [3])
print(1 < 2 in [2], 1 < 2 not in [3])
a = [1]
print(a == a is a, None is None is not False)
print(1 < 2.5 < 3, 2 == 2.0 == True + 1)
