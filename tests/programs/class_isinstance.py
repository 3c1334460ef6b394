# isinstance/issubclass with user classes, builtins and tuples of types.
class A: pass
class B(A): pass
class C(B): pass
class Other: pass
c = C()
print(isinstance(c, C), isinstance(c, B), isinstance(c, A), isinstance(c, Other))
print(isinstance(c, (Other, A)), isinstance(c, ()), isinstance(5, (str, int)))
print(issubclass(C, A), issubclass(A, C), issubclass(C, C), issubclass(B, (Other, A)))
print(isinstance(1, int), isinstance(1.0, int), isinstance("s", str), isinstance([], list))
print(isinstance(True, bool), isinstance(True, int), isinstance(None, object))
print(isinstance({}, dict), isinstance((), tuple), isinstance(set(), set))
print(isinstance(ValueError("x"), Exception), issubclass(KeyError, LookupError))
print(issubclass(bool, int), issubclass(int, bool), issubclass(ZeroDivisionError, ArithmeticError))
print(type(c).__name__, type(c) is C, type(c) == B)
def kind(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, int):
        return "int"
    if isinstance(x, (list, tuple)):
        return "seq"
    return type(x).__name__
print([kind(v) for v in [True, 3, [1], (2,), "s", 1.5, None, c]])
