# Keyword-only parameters after *args or a bare *.
def f(a, *args, sep="-", end="."):
    return sep.join([str(a)] + [str(x) for x in args]) + end
print(f(1), f(1, 2, 3), f(1, 2, sep="+"), f(1, end="!"))
def g(a, *, b, c=3):
    return (a, b, c)
print(g(1, b=2), g(1, c=4, b=5))
try:
    g(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    g(1)
except TypeError as e:
    print("TypeError:", e)
def h(*, only):
    return only * 2
print(h(only=21))
def full(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(full(1, c=3))
print(full(1, 2, 3, 4, c=5, e=6))
