# dict views: reprs, set operations, membership, live updates.
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k), "a" in k, 2 in v, ("b", 2) in it, ("b", 3) in it)
print(k & {"a", "z"}, sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}), k == {"a", "b", "c"}, sorted(it & {("a", 1)}))
d["d"] = 4
print(list(k), list(v), list(it)[-1], type(k).__name__, type(v).__name__, type(it).__name__)
print(type(iter(k)).__name__, type(iter(v)).__name__, type(iter(it)).__name__, type(reversed(d)).__name__)
print(list(reversed(d)), list(reversed([1, 2])), dict(zip("xy", [1, 2])), dict([("a", 1)], b=2), dict(a=1) == {"a": 1})
print({**d, "a": 0}, d | {"e": 5}, {1: 2}.get(3), d.setdefault("z", 9), d.pop("z"), d.pop("q", None), d.popitem())
e = dict.fromkeys("abc", 0)
print(e, dict.fromkeys([1, 2]), list(e.items())[0], sorted(e.keys()), {}.keys(), {}.items())
try:
    d.pop("nope")
except KeyError as ex:
    print(repr(ex))
try:
    {}.popitem()
except KeyError as ex:
    print(ex)
print(type(iter([])).__name__, type(iter(())).__name__, type(iter("")).__name__, type(iter("é")).__name__, type(iter(range(2))).__name__, type(iter(set())).__name__)
print(type(enumerate([])).__name__, type(zip()).__name__, type(map(str, [])).__name__, type(filter(None, [])).__name__, type(reversed((1,))).__name__, type(reversed(range(3))).__name__)
print(type(reversed([])), type({}.keys()), type(iter({}.values())))
