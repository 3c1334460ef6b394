# repr of nested and mixed containers inside dicts.
d = {"list": [1, 2], "tuple": (1,), "dict": {"inner": {}}, "str": "it's", "none": None}
print(d)
print(str(d) == repr(d))
print({1: {2: {3: [4, (5, {6: "seven"})]}}})
print({"q": 'say "x"', "n": "a\nb", "f": 0.1, "e": 1e-9, "b": False})
print([{"a": 1}, {}], ({},), {(): []})
print(len(repr({})), repr({"": ""}))
