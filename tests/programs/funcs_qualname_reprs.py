# __name__/__qualname__ of nested functions, methods, lambdas, classes and their reprs.
def outer():
    def inner():
        pass
    class Local:
        def meth(self):
            pass
    return inner, Local, lambda: 0
inner, Local, lam = outer()
print(inner.__name__, inner.__qualname__, Local.__qualname__, Local.meth.__qualname__, lam.__name__, lam.__qualname__)
print(repr(inner).split(" at ")[0], repr(Local).split(" at ")[0], repr(lam).split(" at ")[0])
class A:
    class B:
        def m(self):
            pass
    def f(self):
        def g():
            pass
        return g
    @staticmethod
    def s():
        pass
    @classmethod
    def c(cls):
        pass
print(A.B.__qualname__, A.B.m.__qualname__, A().f().__qualname__, A.s.__qualname__, A.c.__qualname__, A.f.__name__)
print(repr(A.B), repr(A().f).split(" at ")[0].split(" of ")[0], repr(A.c).split(" of ")[0], repr(A.s).split(" at ")[0])
print(repr(len), repr(print), type(len).__name__, type(A().f).__name__, type(inner).__name__, type(A).__name__)
print(str(A).startswith("<class '__main__.A'>"), A.__name__, A.__module__, inner.__module__)
def deco(fn):
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper
@deco
def decorated():
    pass
print(decorated.__name__, decorated.__qualname__)
