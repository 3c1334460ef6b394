class Desc:
    def __get__(self, obj, typ=None):
        return lambda *a: 42
class E:
    __len__ = Desc()
    __iter__ = Desc()
    __repr__ = Desc()
    __eq__ = Desc()
    __hash__ = Desc()
    __call__ = Desc()
    __getitem__ = Desc()
    __bool__ = Desc()
    __add__ = Desc()
    __lt__ = Desc()
    __contains__ = Desc()
e = E()
for name, f in [('len', lambda: len(e)), ('repr', lambda: repr(e)), ('eq', lambda: e == 1),
                ('hash', lambda: hash(e)), ('call', lambda: e()), ('getitem', lambda: e[0]),
                ('bool', lambda: bool(e)), ('add', lambda: e + 1), ('lt', lambda: e < 1), ('contains', lambda: 1 in e)]:
    try:
        print(name, f())
    except Exception as ex:
        print(name, type(ex).__name__, ex)
import functools
class F:
    def _eq(self, other, extra): return extra
    __eq__ = functools.partialmethod(_eq, extra='pm')
print(F() == 1)
class G:
    __len__ = staticmethod(lambda: 7)
print(len(G()))
class H:
    @property
    def __len__(self):
        return lambda: 9
print(len(H()))
import functools
class Cell:
    def __init__(self): self._alive = False
    def set_state(self, state): self._alive = bool(state)
    set_alive = functools.partialmethod(set_state, True)
    set_dead = functools.partialmethod(set_state, False)
c = Cell(); c.set_alive(); print(c._alive); c.set_dead(); print(c._alive)
print(repr(Cell.__dict__['set_alive'])[:40])
class Neg:
    @functools.singledispatchmethod
    def neg(self, arg):
        raise NotImplementedError("Cannot negate a")
    @neg.register
    def _(self, arg: int):
        return -arg
    @neg.register
    def _(self, arg: bool):
        return not arg
    @neg.register(str)
    def _(self, arg):
        return arg[::-1]
n = Neg(); print(n.neg(5), n.neg(True), n.neg('abc'))
try: n.neg(1.5)
except NotImplementedError as e: print(e)
class K:
    @functools.singledispatchmethod
    @classmethod
    def make(cls, arg): return ('obj', cls.__name__)
    @make.register
    @classmethod
    def _(cls, arg: int): return ('int', cls.__name__)
print(K.make(1), K.make('x'))
def f(a, b): return a - b
print(f.__get__(10)(3), f.__get__(None, int) is f)
class A: pass
class B(A): pass
class C(A, B.__mro__[-1]): pass
print([k.__name__ for k in A.__subclasses__()], object.__subclasses__().__class__)
class M(A, dict): pass
print([k.__name__ for k in A.__subclasses__()], M in dict.__subclasses__())
import gc
def mk():
    class Tmp(A): pass
mk(); gc.collect(); print([k.__name__ for k in A.__subclasses__()])
print(bool in int.__subclasses__(), ExceptionGroup in Exception.__subclasses__(), ValueError in Exception.__subclasses__())
