# Tuples: construction, singleton syntax, immutability, methods.
print((), (1,), (1, 2), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)))
t = 1, 2, 3
print(t, type(t).__name__, len(t), t[0], t[-1], t[1:])
x = (5)
y = (5,)
print(x, y, type(x).__name__, type(y).__name__)
print(t + (4,), t * 2, (0,) * 3, 2 in t, t.count(2), t.index(3))
print(((1, 2), (3, 4))[1][0], ((),), (("a",),))
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(99)
except ValueError as e:
    print("ValueError:", e)
a, b, c = t
print(a + b + c)
nested = ([1], 2)
nested[0].append(3)
print(nested)
print((1, "a", None, 2.5, True))
