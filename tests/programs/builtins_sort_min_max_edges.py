# sort stability with key, reverse; min/max with key/default; sorted on mixed types.
people = [("bob", 25), ("amy", 30), ("cal", 25), ("dan", 30), ("eve", 20)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
x = [3, 1, 2]
x.sort(reverse=True)
print(x, sorted("banana"), sorted({3: 1, 1: 2}), sorted([2.5, 1, True, 0]), sorted([], reverse=True))
print(min([3, 1, 2]), max("abc"), min(4, 2, 8), max([1, 5, 3], key=lambda v: -v), min([], default="none"), max((), default=0))
print(max([(1, "b"), (1, "a")]), min("hello", key=ord), max([[1, 2], [1, 3]]), min(3, 3.0), max(3.0, 3), max([0, -0.0]))
print(max(["aa", "b", "cc"], key=len), min(["aa", "b", "cc"], key=len))
for bad in [lambda: sorted([1, "a"]), lambda: min([]), lambda: max(1), lambda: sorted([None, 1]), lambda: [3, "x"].sort(),
            lambda: min(1, 2, default=0), lambda: max([1, 2], [3]), lambda: sorted([{1}, 2]), lambda: max()]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
words = ["b", "A", "c", "B", "a"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=str.lower, reverse=True))
print(list(reversed(sorted([5, 3, 9]))), sorted((3, 2, 1)), sorted("cba", reverse=True))
