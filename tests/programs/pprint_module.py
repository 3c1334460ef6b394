# pprint: layout of nested structures that do not fit the width.
import pprint

data = {
    "name": "interp",
    "versions": list(range(30)),
    "nested": {"b": [1, 2, {"deep": ["x" * 30, "y" * 30, "z" * 10]}], "a": (1, 2, 3)},
    "tuple1": ("only",),
    "empty": {},
    "set": {5, 3, 1, 4, 2, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53},
    "text": "lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt",
    "multiline": "first line\nsecond line that is rather long and goes on and on past the width\n",
    3: None,
    "floats": [0.1, 1e20, -2.5, float("inf")],
}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, indent=4, width=60)
pprint.pprint(data, depth=2)
pprint.pprint(data, compact=True, width=50)
pprint.pp({"z": 1, "a": [1, 2, 3] * 10})
print(pprint.pformat(list(range(40)), width=30))
print(pprint.pformat([[1, 2], (3,), [], (), {}, "s"]))
recursive = [1, 2]
recursive.append(recursive)
print(pprint.saferepr(recursive).split(" with id=")[0])
print(pprint.isrecursive(recursive), pprint.isreadable(data), pprint.isreadable(object()))
print(pprint.pformat(12345678, underscore_numbers=True))
pprint.pprint("a fairly long string " * 8)
pp = pprint.PrettyPrinter(width=20)
pp.pprint({"key": ["value"] * 5})
print(pp.pformat(("a", "b")))
class Point:
    def __init__(self, x): self.x = x
    def __repr__(self): return "Point(%r)" % self.x
pprint.pprint([Point(i) for i in range(12)])
