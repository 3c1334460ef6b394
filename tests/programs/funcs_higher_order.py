# Functions as values: passing, returning, storing in containers.
def apply(f, *args):
    return f(*args)
print(apply(len, "abc"), apply(max, 3, 9, 4), apply(lambda: "no args"))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
for sym in ops:
    print(sym, ops[sym](6, 3))
def twice(f):
    return lambda x: f(f(x))
print(twice(lambda x: x * 3)(2), twice(twice(lambda s: s + "!"))("hi"))
pipeline = [lambda s: s.strip(), lambda s: s.upper(), lambda s: s + "?"]
v = "  what  "
for step in pipeline:
    v = step(v)
print(v)
print(sorted(["b", "a"], key=None), (lambda *a, **k: (a, k))(1, x=2))
def make_ops():
    return [lambda x, k=k: x ** k for k in range(4)]
print([op(2) for op in make_ops()])
print(list(map(apply, [abs, len], [-3, "four"])))
