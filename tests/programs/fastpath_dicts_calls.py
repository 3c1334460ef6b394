# Dict probing with str and int keys next to keys that compare equal across
# types (1, 1.0, True), keys of user classes whose __eq__/__hash__ match a
# str, str subclasses; method calls on builtin types (fast native path,
# including their argument errors); range() of ints in loop headers; and
# in-place arithmetic on floats and ints near the int64 limits.

d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d), d.get(1), d.get(1.0), d.get(True))
d2 = {1.0: "f"}
d2[1] = "i"
print(d2, d2.get(True), 2 in d2, d2.get(2, "missing"))
counts = {}
for w in ["a", "b", "a", "c", "b", "a"] * 3:
    counts[w] = counts.get(w, 0) + 1
print(counts)
ints = {}
for k in range(-50, 50, 7):
    ints[k] = ints.get(k, 0) + k
    ints[k * 1000003] = k
print(len(ints), ints.get(-50), ints.get(-50 * 1000003), ints.get(3))
for k in list(ints)[:5]:
    del ints[k]
print(len(ints), list(ints)[:3], ints.get(-50, "gone"))


class Alias:
    """Equal to a str and hashing like it: dict lookups must ask __eq__."""

    def __init__(self, text):
        self.text = text

    def __hash__(self):
        return hash(self.text)

    def __eq__(self, other):
        print("Alias.__eq__", type(other).__name__)
        return other == self.text or (isinstance(other, Alias) and
                                      other.text == self.text)


m = {"key": 1}
print(m.get(Alias("key")), Alias("key") in m)
m2 = {Alias("k2"): 2}
print(m2.get("other", "absent"), m2.get(Alias("k2")))


class Name(str):
    pass


n = {Name("abc"): 1}
print(n.get("abc"), n["abc"], "abc" in n, Name("abc") in {"abc": 0})

# Builtin methods called directly, and their argument errors.
lst = []
lst.append(3)
print(lst, "a-b-c".split("-"), {"x": 1}.get("x"), "Ab".lower())
for bad in [lambda: lst.append(), lambda: lst.append(1, 2),
            lambda: {}.get(), lambda: "s".split(1),
            lambda: "s".startswith(), lambda: lst.append(x=1),
            lambda: list.append(1, 2), lambda: str.upper(5),
            lambda: "x".split(",", "2")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

# range() headers: one and two int arguments, negatives, empty, big.
total = 0
for i in range(5):
    for j in range(i, 5):
        total += i * j
print(total, list(range(-3)), list(range(2, -2)), list(range(-4, -1)))
print(range(3), range(1, 4), len(range(2**40, 2**40 + 5)), range(True))
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)

# In-place arithmetic: floats, ints, mixed, near the int64 limits.
acc = 0.0
vals = [0.5, 1.25, -3.0]
for v in vals:
    acc += v * 2
    acc -= v / 4
print(acc)
big = 2**62
big += 2**62 - 1
big += big - big
print(big, type(big).__name__)
neg = -(2**62)
neg -= 2**62
print(neg)
prod = 3037000499
prod *= 3037000499
print(prod)
x = 7
x += 0.5
print(x, 1.0 / 3, 10 / 4, 1e308 + 1e308, -0.0 - 0.0, 0.1 + 0.2)
try:
    x = 1.0
    x /= 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
s = "ab"
s += "cd"
s *= 2
print(s, len(s))
print("done")
