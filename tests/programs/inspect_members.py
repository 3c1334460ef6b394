# inspect: the is*() predicates, getmembers, getmro, getdoc (inherited
# docstrings), cleandoc, getmodule, getfile, unwrap, get_annotations, and
# that frame functions are absent.
import abc
import functools
import inspect
import math
import sys
import types


def func(a):
    """Function doc.

        Indented more.
    Back.
    """
    return a


def gen():
    yield 1


class Base:
    """Base class doc."""

    def method(self):
        """Base method doc."""

    def undocumented(self):
        pass

    @property
    def prop(self):
        """Property doc."""
        return 1


class Child(Base):
    def method(self):
        pass

    attr = 5


class Abstract(abc.ABC):
    @abc.abstractmethod
    def run(self):
        pass


class Concrete(Abstract):
    def run(self):
        pass


objects = [("module", math), ("class", Child), ("function", func),
           ("lambda", lambda: 0), ("method", Child().method),
           ("unbound", Child.method), ("builtin", len),
           ("builtin method", [].append), ("generator function", gen),
           ("generator", gen()), ("int", 3), ("code", func.__code__)]
preds = ["ismodule", "isclass", "ismethod", "isfunction",
         "isgeneratorfunction", "isgenerator", "isbuiltin", "isroutine",
         "isabstract", "iscode", "ismethoddescriptor", "isdatadescriptor"]
for label, obj in objects:
    print(label, [name[2:] for name in preds if getattr(inspect, name)(obj)])
print(inspect.isabstract(Abstract), inspect.isabstract(Concrete))
print(inspect.isgeneratorfunction(functools.partial(gen)))

members = [(k, v) for k, v in inspect.getmembers(Child)
           if not k.startswith("__")]
print([k for k, v in members])
print(inspect.getmembers(Child, inspect.isfunction)[0][0] if False else
      [k for k, v in inspect.getmembers(Child, inspect.isfunction)])
ns = types.SimpleNamespace(b=2, a=1, _c=3)
print(inspect.getmembers(ns, lambda v: isinstance(v, int)))
print([c.__name__ for c in inspect.getmro(Child)])

print(repr(inspect.getdoc(func)))
print(repr(inspect.getdoc(Child)), repr(inspect.getdoc(Child.method)),
      repr(inspect.getdoc(Child().method)), repr(inspect.getdoc(Base.undocumented)),
      repr(inspect.getdoc(Base.prop)))
print(repr(inspect.getdoc(types.SimpleNamespace(__doc__=None))))
print(repr(inspect.cleandoc("   first\n      second\n    third\n\n")))
print(repr(inspect.cleandoc("\n\n  only\n\tTabbed\n")))

print(inspect.getmodule(func) is sys.modules[__name__],
      inspect.getmodule(Child).__name__, inspect.getmodule(math) is math,
      inspect.getmodule(3))
print(inspect.getfile(func).endswith("inspect_members.py"),
      inspect.getfile(Child).endswith("inspect_members.py"),
      inspect.getfile(sys.modules[__name__]).endswith("inspect_members.py"))
for bad in (math, int, 3):
    try:
        inspect.getfile(bad)
    except TypeError as e:
        print("TypeError:", e)


def outer(x):
    return x


w1 = functools.wraps(outer)(lambda x: x)
w2 = functools.wraps(w1)(lambda x: x)
print(inspect.unwrap(w2) is outer, inspect.unwrap(outer) is outer,
      inspect.unwrap(w2, stop=lambda f: f is w1) is w1)
loop = lambda: 0
loop.__wrapped__ = loop
try:
    inspect.unwrap(loop)
except ValueError as e:
    print("ValueError:", str(e).split(" <")[0])


def ann(a: int, b: "str" = "x") -> "list":
    pass


class Ann:
    x: int
    y: "float"


print(inspect.get_annotations(ann), inspect.get_annotations(Ann))
print(inspect.get_annotations(ann, eval_str=True),
      inspect.get_annotations(Ann, eval_str=True))
print(inspect.get_annotations(func), inspect.get_annotations(math))
print(inspect.CO_GENERATOR, inspect.CO_VARARGS, inspect.CO_VARKEYWORDS)
