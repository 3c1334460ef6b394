# get keys values items pop setdefault update copy clear.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.get("a", 0))
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("a"), d, d.pop("zz", "dflt"))
print(d.setdefault("b", 99), d.setdefault("c", []), d)
d.setdefault("c", []).append(1)
d.setdefault("c", []).append(2)
print(d)
d.update({"x": 1})
d.update([("y", 2)])
d.update(z=3)
print(d)
c = d.copy()
c["b"] = "changed"
print(d["b"], c["b"], c["c"] is d["c"])
c.clear()
print(c, len(d))
print(dict(a=1, b=2), dict({"k": 1}, j=2), dict(), dict(zip("ab", [1, 2])))
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError:", e)
print(len(d), "x" in d, d.setdefault("n"), d["n"])
