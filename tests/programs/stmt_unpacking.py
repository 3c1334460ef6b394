# Tuple/list unpacking, swaps, nested targets, starred targets.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = [10, 20, 30]
print(x, y, z)
(p, q), r = (1, 2), 3
print(p, q, r)
[m, n] = "hi"
print(m, n)
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
d = {"one": 1, "two": 2}
for key, value in d.items():
    print(key, value)
lst = [0, 0]
lst[0], lst[1] = "L", "R"
print(lst)
i = 0
i, lst[i] = 1, "X"
print(i, lst)
