# Call binding errors: missing/extra positional, unexpected and duplicate keywords, keyword-only, * and ** spreading.
def f(x): return x
def g(a, b=2, *args, c, d=4, **kw): return (a, b, args, c, d, kw)
def h(a, b): return a
def k(*, a): return a
def m(a, b, c): return a
class K:
    def meth(self, x): return x
    def __init__(self, a): pass
lam = lambda x, y=1: x
try:
    print('f()', '=', repr(f()))
except Exception as e:
    print('f()', '->', type(e).__name__, e)
try:
    print('f(1, 2)', '=', repr(f(1, 2)))
except Exception as e:
    print('f(1, 2)', '->', type(e).__name__, e)
try:
    print('f(y=1)', '=', repr(f(y=1)))
except Exception as e:
    print('f(y=1)', '->', type(e).__name__, e)
try:
    print('f(1, x=2)', '=', repr(f(1, x=2)))
except Exception as e:
    print('f(1, x=2)', '->', type(e).__name__, e)
try:
    print('g(1)', '=', repr(g(1)))
except Exception as e:
    print('g(1)', '->', type(e).__name__, e)
try:
    print('g(1, c=3)', '=', repr(g(1, c=3)))
except Exception as e:
    print('g(1, c=3)', '->', type(e).__name__, e)
try:
    print('g(1, 2, 3, c=5, z=6)', '=', repr(g(1, 2, 3, c=5, z=6)))
except Exception as e:
    print('g(1, 2, 3, c=5, z=6)', '->', type(e).__name__, e)
try:
    print('h(1)', '=', repr(h(1)))
except Exception as e:
    print('h(1)', '->', type(e).__name__, e)
try:
    print('h()', '=', repr(h()))
except Exception as e:
    print('h()', '->', type(e).__name__, e)
try:
    print('h(1, 2, 3)', '=', repr(h(1, 2, 3)))
except Exception as e:
    print('h(1, 2, 3)', '->', type(e).__name__, e)
try:
    print('k(1)', '=', repr(k(1)))
except Exception as e:
    print('k(1)', '->', type(e).__name__, e)
try:
    print('k()', '=', repr(k()))
except Exception as e:
    print('k()', '->', type(e).__name__, e)
try:
    print('k(a=1, b=2)', '=', repr(k(a=1, b=2)))
except Exception as e:
    print('k(a=1, b=2)', '->', type(e).__name__, e)
try:
    print('m()', '=', repr(m()))
except Exception as e:
    print('m()', '->', type(e).__name__, e)
try:
    print('m(1)', '=', repr(m(1)))
except Exception as e:
    print('m(1)', '->', type(e).__name__, e)
try:
    print('K(1).meth()', '=', repr(K(1).meth()))
except Exception as e:
    print('K(1).meth()', '->', type(e).__name__, e)
try:
    print('K(1).meth(1, 2)', '=', repr(K(1).meth(1, 2)))
except Exception as e:
    print('K(1).meth(1, 2)', '->', type(e).__name__, e)
try:
    print('K()', '=', repr(K()))
except Exception as e:
    print('K()', '->', type(e).__name__, e)
try:
    print('K(1, 2)', '=', repr(K(1, 2)))
except Exception as e:
    print('K(1, 2)', '->', type(e).__name__, e)
try:
    print('lam()', '=', repr(lam()))
except Exception as e:
    print('lam()', '->', type(e).__name__, e)
try:
    print('lam(1, 2, 3)', '=', repr(lam(1, 2, 3)))
except Exception as e:
    print('lam(1, 2, 3)', '->', type(e).__name__, e)
try:
    print('f(*[1])', '=', repr(f(*[1])))
except Exception as e:
    print('f(*[1])', '->', type(e).__name__, e)
try:
    print('f(*[1, 2])', '=', repr(f(*[1, 2])))
except Exception as e:
    print('f(*[1, 2])', '->', type(e).__name__, e)
try:
    print("f(**{'x': 1})", '=', repr(f(**{'x': 1})))
except Exception as e:
    print("f(**{'x': 1})", '->', type(e).__name__, e)
try:
    print("f(**{'y': 1})", '=', repr(f(**{'y': 1})))
except Exception as e:
    print("f(**{'y': 1})", '->', type(e).__name__, e)
try:
    print("f(1, **{'x': 1})", '=', repr(f(1, **{'x': 1})))
except Exception as e:
    print("f(1, **{'x': 1})", '->', type(e).__name__, e)
try:
    print("h(*(1,), **{'b': 2})", '=', repr(h(*(1,), **{'b': 2})))
except Exception as e:
    print("h(*(1,), **{'b': 2})", '->', type(e).__name__, e)
try:
    print('len(*[[1, 2]])', '=', repr(len(*[[1, 2]])))
except Exception as e:
    print('len(*[[1, 2]])', '->', type(e).__name__, e)
try:
    print("print(*[1, 2], sep='-')", '=', repr(print(*[1, 2], sep='-')))
except Exception as e:
    print("print(*[1, 2], sep='-')", '->', type(e).__name__, e)
try:
    print("g(*[1, 2, 3], c=1, **{'e': 5})", '=', repr(g(*[1, 2, 3], c=1, **{'e': 5})))
except Exception as e:
    print("g(*[1, 2, 3], c=1, **{'e': 5})", '->', type(e).__name__, e)
try:
    print('f(**{1: 2})', '=', repr(f(**{1: 2})))
except Exception as e:
    print('f(**{1: 2})', '->', type(e).__name__, e)
try:
    print('int(x=1)', '=', repr(int(x=1)))
except Exception as e:
    print('int(x=1)', '->', type(e).__name__, e)
try:
    print('sorted([1], key=None)', '=', repr(sorted([1], key=None)))
except Exception as e:
    print('sorted([1], key=None)', '->', type(e).__name__, e)
try:
    print('(lambda *a, **k: (a, k))(1, b=2)', '=', repr((lambda *a, **k: (a, k))(1, b=2)))
except Exception as e:
    print('(lambda *a, **k: (a, k))(1, b=2)', '->', type(e).__name__, e)
try:
    print('(lambda: 0)(1)', '=', repr((lambda: 0)(1)))
except Exception as e:
    print('(lambda: 0)(1)', '->', type(e).__name__, e)
try:
    print("dict(**{'a': 1}, b=2)", '=', repr(dict(**{'a': 1}, b=2)))
except Exception as e:
    print("dict(**{'a': 1}, b=2)", '->', type(e).__name__, e)
try:
    print('max(1, 2, key=lambda v: -v)', '=', repr(max(1, 2, key=lambda v: -v)))
except Exception as e:
    print('max(1, 2, key=lambda v: -v)', '->', type(e).__name__, e)
