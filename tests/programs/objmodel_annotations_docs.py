"""Module docstring for the annotations program."""
# __doc__ on modules, classes and functions; __annotations__ on functions,
# classes and modules; Ellipsis; dir().
import sys

count: int = 3
name: str
print(__doc__)
print(__annotations__)
try:
    name
except NameError as e:
    print("NameError:", e)

def f(a: int, b: "str" = "x", *args: float, c: bool = True, **kw: dict) -> list:
    """Adds things."""
    return [a, b]
print(f.__doc__, f.__annotations__)

def g(x, y):
    return x
print(g.__doc__, g.__annotations__)
g.__doc__ = "set later"
print(g.__doc__)

class Point:
    """A point."""
    x: int
    y: int = 0
    label: "str" = "p"
    if True:
        z: float = 1.5
    def norm(self) -> float:
        "The norm."
        return 0.0
print(Point.__doc__, Point.__annotations__, Point.y, hasattr(Point, "x"))
print(Point.norm.__doc__, Point.norm.__annotations__)

class Sub(Point):
    pass
print(Sub.__doc__, Sub.__annotations__)

def local_annotations():
    v: int = 5
    w: list
    return v
print(local_annotations())

print(..., Ellipsis, repr(...), type(...).__name__, ... is Ellipsis, [...], bool(...))
def stub(): ...
print(stub())

class K:
    "doc"
    a = 1
    def m(self):
        pass
class K2(K):
    b = 2
k = K2()
k.z = 3
print([n for n in dir(k) if not n.startswith("__")])
print([n for n in dir(K2) if not n.startswith("__")])
def h():
    x = 1
    y = 2
    return dir()
print(h())
print("sqrt" not in dir(sys), dir(sys) == sorted(dir(sys)))
