# Positional-only parameters (before `/`): keywords never bind them.
def g(x, /, y, *, z=0):
    return x, y, z
print(g(1, 2), g(1, y=2), g(1, 2, z=3))
def kw(a, /, **rest):
    return a, rest
print(kw(1, a=2, b=3))
def two(a, b, /):
    return a + b
for call in [lambda: g(x=1, y=2), lambda: two(a=1, b=2), lambda: two(1, b=2), lambda: g(1), lambda: g(1, 2, 3)]:
    try:
        print(call())
    except TypeError as e:
        print(e)
lam = lambda p, /, q=5: (p, q)
print(lam(1), lam(1, q=2))
try:
    lam(p=1)
except TypeError as e:
    print(e)
