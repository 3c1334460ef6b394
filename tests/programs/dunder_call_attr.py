# Functions, builtin functions and bound methods have __call__.
import types


def f(x, y=2):
    return x + y


class C:
    def m(self, v):
        return ("m", v)


print(hasattr(f, "__call__"), hasattr(len, "__call__"), hasattr(C().m, "__call__"))
print(f.__call__(1), f.__call__(1, y=10), f.__call__.__call__(3))
print(len.__call__([1, 2, 3]), [].append.__call__(1))
print(C().m.__call__(5))
print(sorted.__call__([3, 1, 2], reverse=True))
print(types.FunctionType.__call__(f, 4))
print(types.BuiltinFunctionType.__call__(abs, -3))
print(types.MethodType.__call__(C().m, "x"))
print(callable(f.__call__), callable(len.__call__))

for bad in [lambda: types.FunctionType.__call__(1),
            lambda: types.FunctionType.__call__(),
            lambda: types.BuiltinFunctionType.__call__(f),
            lambda: types.MethodType.__call__(len),
            lambda: f.__call__()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
