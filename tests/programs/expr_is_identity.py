# is / is not: identity of singletons and of shared objects.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, True is True, False is not None)
x = None
print(x is None, x is not None)
def f():
    pass
print(f() is None)
print(type(1) is int, type("s") is str, type([]) is list)
print(isinstance(True, int), type(True) is int)
class K:
    pass
k = K()
print(k is k, k is not K(), type(k) is K)
t = ()
print(t is t)
