# Iterating dicts and their views; views reflect later changes.
d = {"one": 1, "two": 2, "three": 3}
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, "->", v)
for v in d.values():
    print(v, end=" ")
print()
keys = d.keys()
vals = d.values()
d["four"] = 4
print(len(keys), list(keys), list(vals))
print(sorted(d, key=lambda k: d[k], reverse=True))
print([k for k, v in d.items() if v % 2 == 0])
print(sum(d.values()), max(d), min(d.values()))
inverted = {}
for k, v in d.items():
    inverted[v] = k
print(inverted)
try:
    for k in d:
        d["new" + k] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
