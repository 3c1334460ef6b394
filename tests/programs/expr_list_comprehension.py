# List comprehensions: filters, multiple for clauses, scoping.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0])
print([(i, j) for i in range(3) for j in range(i)])
print([c.upper() for c in "abc" if c != "b"])
print([x for x in range(10) if x > 2 if x < 6])
words = ["apple", "kiwi", "banana"]
print([len(w) for w in words])
print([w[0] for w in words if len(w) > 4])
print([[r * 3 + c for c in range(3)] for r in range(2)])
matrix = [[1, 2], [3, 4], [5, 6]]
print([v for row in matrix for v in row])
x = "outer"
res = [x for x in "ab"]
print(res, x)
print([i for i in []])
print([str(n) + "!" for n in (1, 2)])
print([a + b for a, b in zip([1, 2], [10, 20])])
