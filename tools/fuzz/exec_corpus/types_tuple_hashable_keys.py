# Tuples of hashables work as dict keys and set members.
grid = {}
for r in range(2):
    for c in range(3):
        grid[(r, c)] = r * 10 + c
print(grid)
print(grid[(1, 2)], grid.get((5, 5), "missing"), (0, 0) in grid)
s = {(1, 2), (1, 2), (2, 1)}
print(len(s), (2, 1) in s)
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()))
d = {(): "empty", (1,): "one", ((1, 2), 3): "nested"}
print(d[()], d[(1,)], d[((1, 2), 3)])
try:
    {([1], 2): 0}
except TypeError as e:
    print("TypeError:", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
print({(1, 2): "a", (1.0, 2.0): "b"})
