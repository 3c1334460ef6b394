# Dicts keep insertion order; updates keep position; delete+reinsert moves to end.
d = {}
for k in ["zebra", "apple", "mango", "kiwi"]:
    d[k] = len(k)
print(d)
d["apple"] = 100
print(d, list(d))
del d["zebra"]
d["zebra"] = 0
print(d)
d.pop("mango")
d["mango"] = 1
print(list(d.keys()), list(d.values()))
e = dict([(3, "c"), (1, "a"), (2, "b")])
print(e, list(e.items()))
f = {"b": 1, "a": 2}
f.update({"c": 3, "b": 10})
print(f)
g = {i: None for i in range(10, 0, -2)}
print(g)
big = {}
for i in range(50):
    big[i * 7 % 50] = i
for i in range(0, 50, 3):
    del big[i]
print(list(big)[:12], len(big))
