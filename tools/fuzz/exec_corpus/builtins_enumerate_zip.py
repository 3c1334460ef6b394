# enumerate with start; zip of unequal lengths and of many iterables.
print(list(enumerate("abc")), list(enumerate(["x", "y"], 1)), list(enumerate([], 5)))
for i, c in enumerate("hi", start=10):
    print(i, c)
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])))
names = ["a", "b", "c"]
ages = [1, 2, 3]
print(dict(zip(names, ages)))
for n, a in zip(names, ages):
    print(n, a)
pairs = [(1, "one"), (2, "two")]
nums, words = zip(*pairs)
print(nums, words)
print(list(zip(range(3), range(10, 13), "xyz")))
e = enumerate("ab")
print(next(e), next(e))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)])
