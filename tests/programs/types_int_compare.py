# Integer comparisons with ints, floats and bools; sorting mixed numbers.
print(1 < 2, 2 <= 2, 3 > 4, 4 >= 4, 5 == 5, 5 != 5)
print(1 < 1.5, 2 == 2.0, 3 > 2.999, -1 < -0.5)
print(9007199254740993 == 9007199254740992.0, 9007199254740993 > 9007199254740992.0)
print(0 < True, 1 <= True, 2 > True)
print(sorted([3, 1.5, True, -2, 0, 2.5]))
print(max(1, 2.0), min(1, 1.0), max(1.0, 1))
print(-9223372036854775807 - 1 < 0 < 9223372036854775807)
print(10 < 9, "eq" if 7 == 7.0 else "ne")
