# Chained comparisons evaluate middle operands once and short-circuit; mixed types.
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(1), calls)
calls.clear()
print(1 < 2 > 0 == 0 != 1, 1 == 1.0 == True, "a" < "b" <= "b", [1] < [1, 0] < [2], (1, 2) == (1, 2) != (2,))
x = 5
print(0 < x < 10, 0 < x > 10, x in [5] in [[5]], x is not None is not False, 1 < x == 5)
print(None is None, None == None, None != 0, float("nan") == float("nan"), [float("nan")] == [float("nan")])
print(1 in [1.0], "1" in ["1"], (1, 2.0) == (1, 2), {2.0: 1}.get(2))
print(1 == 1.0, hash(1) == hash(1.0), 0 == -0.0, True == 1, {1: "a", 1.0: "b", True: "c"}, 2 ** 53 == 2.0 ** 53)
print(3 > 2.5, -1 < -0.5, 10 ** 15 < 1e16, 0.1 + 0.2 > 0.3, "B" < "a", "" < "a", "abc" < "abd", "Z" < "a" < "z")
try:
    print(1 < 2 < "3")
except TypeError as e:
    print(e)
