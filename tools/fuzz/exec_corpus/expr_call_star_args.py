# Calls with keyword arguments and * / ** unpacking at the call site.
def f(a, b, c=3, *args, **kwargs):
    return (a, b, c, args, kwargs)
print(f(1, 2))
print(f(1, 2, 4))
print(f(1, 2, 4, 5, 6))
print(f(1, b=20))
print(f(b=2, a=1, c=0))
print(f(*[1, 2]))
print(f(*(1, 2, 3, 4)))
print(f(1, *[2, 3], 4))
print(f(**{"a": 1, "b": 2, "z": 26}))
print(f(1, 2, x=1, y=2))
args = [10, 20]
kw = {"c": 30, "d": 40}
print(f(*args, **kw))
print(max(*[3, 9, 2]))
print(print(*"abc", sep="-"))
def g(*a):
    return len(a)
print(g(), g(*range(4)), g(*"xyz", *[1, 2]))
