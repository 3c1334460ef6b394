# id() and hash(): only relations are printed, never the values themselves.
a = [1, 2]
b = [1, 2]
c = a
print(type(id(a)).__name__, id(a) == id(c), id(a) != id(b), id(a) == id(a))
class Box:
    pass
x, y = Box(), Box()
print(id(x) != id(y), x is not y, hash(x) == hash(x), hash(x) != hash(y))
print(hash(7) == 7, hash(-1) == hash(-1), hash(1.0) == hash(1), hash(True) == 1)
print(hash("abc") == hash("ab" + "c"), hash((1, "a")) == hash((1, "a")))
print(type(hash("x")).__name__, type(hash(3.5)).__name__)
for bad in [[1], {"k": 1}, {1, 2}]:
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
d = {x: "x", y: "y"}
print(d[x], d[y], len(d))
print("empty str and bytes hash to 0:", hash(""), hash(b""), hash(frozenset()) == hash(frozenset([])))
