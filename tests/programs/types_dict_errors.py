# KeyError reprs and unhashable keys, caught and printed.
d = {"a": 1}
for key in ["missing", 42, (1, 2), None, "it's", 3.5]:
    try:
        d[key]
    except KeyError as e:
        print("KeyError", repr(e), str(e), e.args)
try:
    d[[1]] = 2
except TypeError as e:
    print("TypeError:", e)
try:
    {}[{}]
except TypeError as e:
    print("TypeError:", e)
try:
    del d["nope"]
except KeyError as e:
    print("del KeyError:", e)
print(d)
