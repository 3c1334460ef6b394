# Call-site * and ** errors: non-iterables, non-mappings, duplicate keywords.
def f(*a, **k):
    return a, k
def g(x, y=0):
    return x, y
class C:
    def m(self, *a, **k):
        return a, k
cases = [
    lambda: f(*1),
    lambda: f(**1),
    lambda: f(**{1: 2}),
    lambda: f(x=1, **{"x": 2}),
    lambda: f(**{"x": 1}, **{"x": 2}),
    lambda: f(**{"y": 1}, y=3),
    lambda: g(1, **{"x": 2}),
    lambda: g(*None),
    lambda: g(*[1], *5),
    lambda: C().m(*3.5),
    lambda: C().m(**[1]),
    lambda: print(*7),
    lambda: len(**{"a": 1}),
    lambda: [].append(*1),
    lambda: g(**{"x": 1, "z": 2}),
]
for c in cases:
    try:
        print(c())
    except TypeError as e:
        print("TypeError:", e)
print(f(*(1, 2), *[3], **{"a": 1}, b=2), g(*"ab"), f(*range(3), **dict(z=1)), g(**{"y": 5, "x": 4}))
print([*range(2), *"xy"], {**{"a": 1}, "b": 2}, (*[1], 2))
try:
    [*5]
except TypeError as e:
    print(e)
for src in [lambda: f(1, *5), lambda: f(*5, 1), lambda: (*5,), lambda: {*5}, lambda: f(*5, x=1), lambda: f(**{}, **[1])]:
    try:
        src()
    except TypeError as e:
        print(e)
try:
    {**[1]}
except TypeError as e:
    print(e)
f(**{"k": 1}, k=2)
