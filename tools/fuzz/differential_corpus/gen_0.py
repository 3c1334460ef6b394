#~
try:
    assert True <= '\n\t x', "assertion 670"
    print("assert ok")
except (AssertionError, TypeError) as e:
    print(type(e).__name__, e)
print(all([0, 5]), any([]), True or True, False and False, not {'aAbB cC': {'-4.5e3': False}})
class C179:
    k = 0
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"C179({self.v!r})"
    def __eq__(self, o):
        return isinstance(o, C179) and self.v == o.v
    def __hash__(self):
        return hash(self.v)
    def __add__(self, o):
        return C179(self.v | (o.v if isinstance(o, C179) else o))
    def __lt__(self, o):
        return self.v < o.v
class D179(C179):
    @property
    def double(self):
        return self.v * 2
    def __repr__(self):
        return "D" + super().__repr__()
xs179 = [D179(i) for i in [9, 12]]
print(sorted(xs179), {C179(2**63), C179(-8)}, xs179[0].double if xs179 else None)
print(C179(8) + -9, C179.k, D179.__mro__[1].__name__)
def rec858(n):
    return 0 if n <= 0 else 1 + rec858(n - 1)
try:
    print(rec858(7 % 200))
except RecursionError:
    print("RecursionError")
def gen944(n):
    total = 0
    for i in range(n):
        got = yield i % 1000
        if got is not None:
            total += got
    return total
g944 = gen944(2)
out944 = []
try:
    out944.append(next(g944))
    while True:
        out944.append(g944.send(10**20))
except StopIteration as stop:
    out944.append(("ret", stop.value))
except Exception as e:
    out944.append(type(e).__name__)
print(out944)
import functools
@functools.lru_cache(maxsize=None)
def fib251(n):
    return n if n < 2 else fib251(n - 1) + fib251(n - 2)
try:
    print(fib251(0 * 3), functools.reduce(lambda a, b: a % b, [14, 5, 7, -3, 4, 7], -8))
except (ArithmeticError, ValueError) as e:
    print(type(e).__name__)
p251 = functools.partial(max, 1000)
print(p251(1), sorted([2**63, -5, 9], key=functools.cmp_to_key(lambda a, b: b - a)))
