# Keys of different types: 1, 1.0 and True are the same key.
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d2 = {True: "first", 1: "second"}
print(d2)
mixed = {None: 0, "s": 1, 2: 2, 3.5: 3, (4, 5): 4, False: 5, -1: 6}
print(mixed)
print(mixed[0], mixed[None], mixed[(4, 5)], 0.0 in mixed)
print({0: "a", -0.0: "b"}, {"1": "str", 1: "int"})
print({2 ** 40: "large", -(2 ** 40): "neg"})
nan = float("nan")
n = {nan: 1}
print(nan in n, len(n))
