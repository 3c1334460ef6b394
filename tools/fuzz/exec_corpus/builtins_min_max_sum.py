# min/max/sum over iterables and arguments, with key= and default=.
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max((7, 8)), min("hello"), max("abc", "b"))
print(max([1.5, 2, -3]), min([True, 2]), max([[1, 2], [3]]), min({"x": 1, "a": 2}))
print(max(["apple", "fig", "banana"], key=len), min(["apple", "fig", "banana"], key=len))
print(max([3, -5, 2], key=abs), min([(1, "b"), (0, "z")], key=lambda t: t[1]))
print(max([], default="empty"), min([], default=None))
print(max([2, 2.0]), max([2.0, 2]), min([1, 1.0, True]))
print(sum([]), sum([1, 2, 3]), sum([0.5, 0.25]), sum(range(5), 10), sum([[1], [2]], []))
print(sum([True, True]), sum((1.5, 1)), sum([1e100, -1e100, 1]))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
