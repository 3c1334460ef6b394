# sorted() returns new lists; reversed() over sequences.
data = [3, 1, 2]
s = sorted(data)
print(s, data, s is data)
print(sorted("cba"), sorted((2, 1)), sorted({3: "c", 1: "a"}), sorted(range(3), reverse=True))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1,))), list(reversed([])))
print("".join(reversed("stressed")))
r = reversed([10, 20])
print(next(r), next(r), next(r, "end"))
for x in reversed(range(3)):
    print(x, end=" ")
print()
print(sorted([-3, 2, -1], key=abs), sorted(["b", "A", "c"], key=lambda s: s.lower(), reverse=True))
