# Generator expressions: laziness, scoping, nesting, calls.


def trace(tag, v):
    print("eval", tag, v)
    return v


g = (trace("elt", x) for x in trace("iter", [1, 2]))
print("created")
print(next(g))
print(list(g))
print(sum(x for x in range(10)), sum((x for x in range(4)), 100))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(list(x * y for x in range(3) for y in range(3) if x != y))
print(list((x, y) for x in range(3) if x for y in "ab"))
nested = ((x for x in range(i)) for i in range(4))
print([list(n) for n in nested])
print(type(x for x in []).__name__)
ge = (x for x in [])
print(repr(ge).split(" at ")[0], ge.__name__, ge.__qualname__)


def in_func():
    k = 10
    return list(k + x for x in range(3))


print(in_func())


def qual():
    return (x for x in [1])


q = qual()
print(q.__qualname__, repr(q).split(" at ")[0])


class K:
    vals = [1, 2, 3]
    total = sum(v for v in vals)


print(K.total)
x = "outer"
print(list(x for x in "ab"), x)
# The first iterable is evaluated at once, the rest lazily.
try:
    (1 for y in 5)
except TypeError as e:
    print("TypeError", e)
lazy = (a for a in [1] for b in 5)
print("lazy ok")
try:
    list(lazy)
except TypeError as e:
    print("TypeError", e)
fns = list((lambda: i) for i in range(3))
print([f() for f in fns])
gen_of_lambdas = ((lambda: i) for i in range(3))
print([f() for f in gen_of_lambdas])
print(list(zip((c for c in "xyz"), range(5))))
print(sorted(x for x in {3: 1, 1: 2}))
print(tuple(c.upper() for c in "hey"))
e = (i for i in range(3))
print(next(e), list(e), list(e))
print(" ".join(f"{i}:{i * i}" for i in range(4)))
