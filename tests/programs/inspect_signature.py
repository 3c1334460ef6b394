# inspect: signature() of functions, methods, classes, partials, callable
# instances and wrapped functions; Parameter and Signature printing,
# replace, equality; bind/bind_partial/BoundArguments; getfullargspec.
import functools
import inspect
from inspect import Parameter, Signature


def f(a, b: int = 2, /, c=3, *args: str, d, e: float = 5.0, **kw) -> bool:
    pass


def g(x, y=None):
    pass


def h(*, only):
    pass


def p(a, b, /):
    pass


def gen(n):
    yield n


class Point:
    def __init__(self, x, y=0, *, label="p"):
        self.x = x

    def move(self, dx, dy=0):
        pass

    @classmethod
    def origin(cls, label="o"):
        pass

    @staticmethod
    def helper(v, w=1):
        pass

    def __call__(self, factor):
        pass


class WithNew:
    def __new__(cls, value, *rest):
        return object.__new__(cls)


class Plain:
    pass


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


@deco
def decorated(q, r=1):
    pass


for obj in (f, g, h, p, gen, lambda x, *y: 0, Point, Point(1).move,
            Point.move, Point.origin, Point.helper, Point(1), WithNew, Plain,
            functools.partial(g, 1), functools.partial(f, 1, 2, d=4),
            functools.partial(g, y=3), decorated):
    sig = inspect.signature(obj)
    print(str(sig), repr(sig))

print(inspect.signature(decorated, follow_wrapped=False))
sig = inspect.signature(f)
print(list(sig.parameters), len(sig.parameters), sig.return_annotation)
for name, param in sig.parameters.items():
    print(name, param.kind, repr(param.kind), param.kind.description,
          param.default is Parameter.empty, param.annotation, repr(param))
print(sig.parameters["b"].default, sig.parameters["kw"].kind == Parameter.VAR_KEYWORD)
print(Parameter.empty, Signature.empty, Parameter.empty is Signature.empty)

# Parameter/Signature construction and replace.
a = Parameter("a", Parameter.POSITIONAL_OR_KEYWORD, default=1, annotation=int)
print(a, repr(a), a.replace(name="b", default=Parameter.empty), a == a.replace(),
      hash(a) == hash(a.replace()), a != a.replace(default=2))
s = Signature([a, Parameter("k", Parameter.KEYWORD_ONLY)], return_annotation=list)
print(s, s == s.replace(), s.replace(return_annotation=Signature.empty))
print(Signature(), Signature.from_callable(g))
for bad in [lambda: Parameter("1x", Parameter.POSITIONAL_ONLY),
            lambda: Parameter("if", Parameter.POSITIONAL_ONLY),
            lambda: Parameter(3, Parameter.POSITIONAL_ONLY),
            lambda: Parameter("a", 9),
            lambda: Parameter("a", Parameter.VAR_POSITIONAL, default=1),
            lambda: Signature([Parameter("a", Parameter.KEYWORD_ONLY),
                               Parameter("b", Parameter.POSITIONAL_ONLY)]),
            lambda: Signature([Parameter("a", Parameter.POSITIONAL_ONLY, default=1),
                               Parameter("b", Parameter.POSITIONAL_ONLY)]),
            lambda: Signature([Parameter("a", Parameter.POSITIONAL_ONLY),
                               Parameter("a", Parameter.KEYWORD_ONLY)]),
            lambda: inspect.signature(3),
            lambda: inspect.signature(max),
            lambda: inspect.signature(range)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

# Binding.
ba = sig.bind(1, 2, 3, 4, 5, d=6, z=7)
print(ba, ba.args, ba.kwargs, dict(ba.arguments))
ba = sig.bind(1, d=0)
print(ba.args, ba.kwargs)
ba.apply_defaults()
print(ba)
print(inspect.signature(g).bind_partial(y=1))
print(inspect.signature(Point).bind(1, label="x").arguments)
for args, kwargs in [((), {}), ((1, 2, 3, 4), {}), ((1,), {"x": 2}),
                     ((1,), {"zzz": 1}), ((1, 2), {"y": 3})]:
    try:
        inspect.signature(g).bind(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
try:
    inspect.signature(p).bind(1, b=2)
except TypeError as e:
    print("TypeError:", e)
try:
    inspect.signature(h).bind(1)
except TypeError as e:
    print("TypeError:", e)

# getfullargspec.
print(inspect.getfullargspec(f))
print(inspect.getfullargspec(g))
print(inspect.getfullargspec(Point(1).move))
print(inspect.getfullargspec(h))
try:
    inspect.getfullargspec(getattr)
except TypeError as e:
    print("TypeError:", e)


# __signature__ wins.
def special(*a):
    pass


special.__signature__ = Signature([Parameter("x", Parameter.POSITIONAL_ONLY)])
print(inspect.signature(special))
