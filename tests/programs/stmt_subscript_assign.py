# Item assignment on lists and dicts, nested targets, negative indices.
lst = [0] * 5
lst[0] = "a"
lst[-1] = "z"
lst[2] = lst[0] * 3
print(lst)
grid = [[0] * 3 for _ in range(3)]
for i in range(3):
    grid[i][i] = 1
print(grid)
d = {}
d["x"] = 1
d[2] = "two"
d[(1, 2)] = [3]
d[(1, 2)].append(4)
print(d)
d["x"] = d.get("x", 0) + 10
print(d["x"])
shared = [[0] * 2] * 2
shared[0][0] = 9
print(shared)
nested = {"a": {"b": {}}}
nested["a"]["b"]["c"] = True
print(nested)
