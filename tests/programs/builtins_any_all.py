# any/all on lists, empty iterables, short-circuiting.
print(any([]), all([]), any([0, 0]), any([0, 1]), all([1, 1]), all([1, 0]))
print(any("abc"), all(""), any([None, "", 0.0]), all([[], [1]]))
print(any(map(lambda x: x > 3, [1, 2, 5])), all(map(lambda x: x > 0, [1, 2, 5])))
seen = []
def check(x):
    seen.append(x)
    return x > 1
print(any(map(check, [0, 1, 2, 3, 4])), seen)
seen.clear()
print(all(map(check, [5, 1, 9])), seen)
print(any([x % 7 == 0 for x in range(1, 7)]), all([x < 10 for x in range(10)]))
print(any({0: "a"}), all({1: 0}), any(range(0)), all(range(1, 4)))
