def chain245(v):
    try:
        return 10 ^ v
    except Exception as e:
        raise ValueError("wrapped") from e
try:
    chain245(False)
except ValueError as e:
    print(type(e.__cause__).__name__, str(e))
except Exception as e:
    print("other", type(e).__name__)
d18 = {i: str(i) for i in []}
d18.update({-8: "x"}, extra=1.5)
print(sorted(d18.items(), key=repr), d18.get(8, "missing"), d18.pop(10, None))
print(list(d18.keys() & {-9, 1}), d18.setdefault("k", []), len(d18))
fs584 = [lambda x, i=i: x >> i for i in range(3)]
print([g(8) for g in fs584])
adders584 = [(lambda y: lambda z: y + z)(i) for i in [4]]
print([a(1) for a in adders584])
import itertools
print(list(itertools.islice(itertools.count(3), 0)))
print(list(itertools.permutations([3, 0, 10**20][:3], 2))[:5], list(itertools.accumulate([12, -5, 10])))
print([(k, list(g)) for k, g in itertools.groupby(sorted([8, 4, 2**31, 4]))])
print(list(itertools.chain([2, -5, 5, 12, 13], "ab")), list(itertools.product("ab", repeat=2)))
print(list(itertools.zip_longest([13, 7], "xyz", fillvalue=0))[:4])
