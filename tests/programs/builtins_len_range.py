# len() on every container; range() arguments, negatives, indexing.
print(len(""), len("abc"), len([1, 2]), len((1,)), len({}), len({1: 2}), len(set()), len(range(10)))
print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)), list(range(5, 0, -1)))
print(list(range(0)), list(range(-3)), list(range(5, 2)), list(range(-5, -1)), list(range(10, -10, -7)))
r = range(1, 20, 4)
print(len(r), r[0], r[-1], r[2], 9 in r, 10 in r, list(r[1:3]))
print(len(range(0, 100, 7)), len(range(100, 0, -7)), len(range(3, 3)))
print(range(5) == range(0, 5), list(reversed(range(4))))
print(sum(range(101)), max(range(7)), min(range(3, 9)))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(5)[5]
except IndexError as e:
    print("IndexError:", e)
print(repr(range(3)), repr(range(1, 5)), repr(range(1, 9, 2)))
