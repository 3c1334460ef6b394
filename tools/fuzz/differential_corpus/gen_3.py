#~
T18 = type("T18", (object,), {"a": 10, "f": lambda self: self.a & 1})
o18 = T18()
setattr(o18, "b", [{'\n\t x': True}])
print(o18.f(), getattr(o18, "b"), hasattr(o18, "zz"), isinstance(o18, T18), sorted(vars(o18)))
print(type({'aAbB cC': [12, 14, 0, 14, 7, 7]}).__name__, callable(o18.f), eval("5 ** 2"))
def deco503(f):
    calls = []
    def wrapper(*args, **kwargs):
        calls.append((args, tuple(sorted(kwargs))))
        return f(*args, **kwargs)
    wrapper.calls = calls
    return wrapper
@deco503
def f503(a, b=1, *rest, key=None, **kw):
    return (a, b, rest, key, sorted(kw.items()))
print(f503([9, 10, -5, 4, 2**31, 2]), f503(1, 2, 3, key=(255, {'日本語': 1}), z=True), len(f503.calls))
