import types

ns = types.SimpleNamespace(a=1, b='x')
print(ns, ns.a)
ns.c = [1]
del ns.a
print(ns, repr(types.SimpleNamespace()))
print(ns == types.SimpleNamespace(b='x', c=[1]), ns == types.SimpleNamespace())
try:
    types.SimpleNamespace(1)
except TypeError as ex:
    print('TypeError', ex)


def f():
    pass


def g():
    yield 1


class C:
    def m(self):
        pass


print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType),
      isinstance(g(), types.GeneratorType), isinstance(C().m, types.MethodType),
      isinstance(len, types.BuiltinFunctionType), isinstance(types, types.ModuleType),
      type(None) is types.NoneType, isinstance(f, types.BuiltinFunctionType))
