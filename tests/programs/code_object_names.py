def f(a, b=1, *c, d, **e):
    x = 1
    y = 2
    def g():
        return x
    for i in range(2):
        pass
    return g
co = f.__code__
print(co.co_varnames, co.co_nlocals, co.co_cellvars, co.co_freevars, co.co_argcount, co.co_kwonlyargcount)
g = f(1, d=2)
print(g.__code__.co_varnames, g.__code__.co_freevars, g.__code__.co_cellvars, g.__code__.co_nlocals)
def h(p, q):
    def inner():
        return p + zz
    zz = 3
    return inner
print(h.__code__.co_varnames, h.__code__.co_cellvars, h(1, 2).__code__.co_freevars)
print((lambda u, v=2: u).__code__.co_varnames)
def deco(fn):
    names = fn.__code__.co_varnames[:fn.__code__.co_argcount]
    return names
@deco
def target(alpha, beta, gamma=3):
    local = alpha
    return local
print(target)
class K:
    def m(self, n):
        t = n * 2
        return t
print(K.m.__code__.co_varnames, K.m.__code__.co_nlocals)
def gen(n):
    for k in range(n):
        yield k
print(gen.__code__.co_varnames)
