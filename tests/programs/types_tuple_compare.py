# Tuple comparison is lexicographic and element-wise.
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), () < (0,))
print((1, "b") < (1, "c"), (1, 2) == (1.0, 2.0), (1, 2) != (2, 1))
print(sorted([(2, "a"), (1, "b"), (2, "A"), (1, "a")]))
print(max([(1, 2), (1, 3), (0, 9)]), min((3, 1), (3, 0)))
print((1, (2, 3)) < (1, (2, 4)), (None,) == (None,))
try:
    (1, 2) < (1, "x")
except TypeError as e:
    print("TypeError:", e)
print((1, 2) < (1, 2), (1, 2) <= (1, 2))
