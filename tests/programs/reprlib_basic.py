# reprlib: size-limited reprs of the builtin containers, strings and ints,
# a customised Repr, and recursive_repr.
import reprlib
import sys
from collections import deque

print(reprlib.repr(list(range(20))))
print(reprlib.repr(tuple(range(3))), reprlib.repr((1,)), reprlib.repr(()))
print(reprlib.repr(set(range(10))), reprlib.repr(set()), reprlib.repr(frozenset()))
print(reprlib.repr(frozenset({3, 1, 2})))
print(reprlib.repr({i: str(i) for i in range(10)}), reprlib.repr({}))
print(reprlib.repr("x" * 100))
print(reprlib.repr("short"))
print(reprlib.repr(10 ** 60))
print(reprlib.repr([[[[[[[[1]]]]]]]]))
print(reprlib.repr(deque(range(10))))
print(reprlib.repr({"b": 1, 3: "a"}))


class Big:
    def __repr__(self):
        return "<Big " + "y" * 50 + ">"


class Broken:
    def __repr__(self):
        raise ValueError("no")


print(reprlib.repr(Big()))
print(reprlib.repr(Broken()).startswith("<Broken instance at 0x"))

r = reprlib.Repr()
r.maxlist = 2
r.maxstring = 10
r.maxlevel = 1
r.fillvalue = "+++"
print(r.repr([1, 2, 3, 4]), r.repr("abcdefghijklmnop"), r.repr([[1, 2], [3]]))
print(r.maxdict, r.maxtuple, r.maxset, r.maxlong, r.maxother, r.maxarray)


class MyRepr(reprlib.Repr):
    def repr_Point(self, obj, level):
        return "Point!"


class Point:
    pass


print(MyRepr().repr([Point(), Point()]))


class Tree:
    def __init__(self, name):
        self.name = name
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return "Tree(%s, %r)" % (self.name, self.children)


t = Tree("root")
t.children.append(Tree("leaf"))
t.children.append(t)
print(repr(t))
print(Tree.__repr__.__name__, Tree.__repr__.__qualname__)


class Custom:
    @reprlib.recursive_repr(fillvalue="<loop>")
    def __repr__(self):
        return "Custom(%r)" % (self.me,)


c = Custom()
c.me = [c]
print(repr(c))

names = sys.builtin_module_names
print(type(names).__name__, names == tuple(sorted(names)))
print("sys" in names, "builtins" in names, "atexit" in names, "gc" in names)
print("os" in names)
