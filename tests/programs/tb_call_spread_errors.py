# Errors of argument unpacking in calls and displays, with CPython
# 3.11.2's messages: "f() argument after * must be an iterable" only when
# `*x` is the sole positional argument (else "Value after *"), "argument
# after ** must be a mapping", repeated keywords from `**` or after it,
# callables named as CPython does (__main__.f(), print(), str.join()).
def f(*a, **k):
    pass


class C:
    def m(self, *a):
        pass


class It:
    def __iter__(self):
        raise TypeError("from __iter__")


tests = [
    lambda: f(*5), lambda: print(*5), lambda: C().m(*5), lambda: int(*5),
    lambda: [*5], lambda: (*5,), lambda: {*5}, lambda: f(**5),
    lambda: print(**5), lambda: {**5}, lambda: f(*None),
    lambda: len(*1.5), lambda: f(**[1]), lambda: dict(**5),
    lambda: C().m(**{1: 2}), lambda: f(**{'a': 1}, **{'a': 2}),
    lambda: f(a=1, **{'a': 2}), lambda: f(*It()), lambda: [*It()],
    lambda: f(1, *[2], *5), lambda: f(*[1], **{"x": 1}, **{"y": 2}),
    lambda: "".join(*5), lambda: [].append(*5), lambda: f(*"ab", *(3,)),
    lambda: f(*5, 1), lambda: f(1, *5), lambda: f(*5, **{}),
    lambda: f(*5, a=1), lambda: f(*[1], *5), lambda: f(a=1, **5),
    lambda: f(**{}, **5), lambda: f(**5, a=1),
    lambda: f(x=1, **{'x': 2}, y=3), lambda: f(**{'x': 2}, x=1),
]
for t in tests:
    try:
        print("ok", t())
    except Exception as e:
        print(type(e).__name__, e)

def g(**kwargs):
    return kwargs


print(g(**{"a": 1}, b=2, **{"c": 3}))
g(**{"a": 1},
  a=2)
