# globals()/locals()/vars() namespaces and slice objects' attributes.
x = 5
g = globals()
print("x" in g, g["x"], type(g).__name__, locals() is g, vars() is g)
g["made_here"] = 42
print(made_here)
def f(a, b=2):
    c = a + b
    def inner():
        return c
    return sorted(locals().items(), key=lambda kv: kv[0]) if False else sorted(locals().keys())
print(f(1))
def g2():
    y = 1
    loc = locals()
    return sorted(loc), sorted(vars())
print(g2())
class K:
    a = 1
    names = sorted(locals().keys())
print(K.names)
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, list(range(10))[s], slice(3), slice(None).start, slice(1, None).stop)
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10), slice(0, 100, 3).indices(7))
try:
    slice(None, None, 0).indices(3)
except ValueError as e:
    print(e)
try:
    globals(1)
except TypeError as e:
    print(e)
