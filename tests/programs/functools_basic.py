import functools
from functools import (reduce, partial, lru_cache, cache, wraps,
                       update_wrapper, total_ordering, cmp_to_key,
                       cached_property)
import operator

print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10))
print(reduce(operator.add, [], 'init'), reduce(max, [3]))
try:
    reduce(operator.add, [])
except TypeError as ex:
    print('TypeError', ex)

p = partial(int, base=2)
print(p('1010'), p.func is int, p.args, p.keywords)
print(p)
add3 = partial(max, 3)
print(add3(4), add3)
pp = partial(partial(max, 1), 5, key=abs)
print(pp(-9), pp.args, pp.keywords, pp.func is max)
print(partial(print, sep='-')('a', 'b') is None)
try:
    partial(5)
except TypeError as ex:
    print('TypeError', ex)


@lru_cache(maxsize=2)
def square(x):
    print('compute', x)
    return x * x


print(square(2), square(2), square(3), square(4), square(2))
print(square.cache_info())
square.cache_clear()
print(square.cache_info(), square.__name__, square.__wrapped__.__name__)


@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())


@cache
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print(fact(20), fact.cache_info())


@lru_cache(maxsize=None, typed=True)
def typed(x):
    return type(x).__name__


print(typed(1), typed(1.0), typed(True), typed.cache_info())
print(typed.cache_parameters())
info = fib.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info._asdict())


@lru_cache(maxsize=0)
def nocache(x):
    return x


nocache(1)
nocache(1)
print(nocache.cache_info())
try:
    lru_cache('bad')
except TypeError as ex:
    print('TypeError', ex)


def deco(f):
    @wraps(f)
    def inner(*a, **k):
        return f(*a, **k)
    return inner


def documented(a, b=1):
    return a + b


documented.__doc__ = 'The doc.'
documented = deco(documented)


print(documented.__name__, documented.__doc__, documented.__qualname__,
      documented.__module__, documented.__wrapped__.__name__, documented(1))


def wrapper():
    pass


update_wrapper(wrapper, documented)
print(wrapper.__name__, wrapper.__doc__)


@total_ordering
class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __lt__(self, other):
        return self.n < other.n


a, b = Version(1), Version(2)
print(a < b, a > b, a <= b, a >= b, a <= Version(1), b >= a)
try:
    @total_ordering
    class NoOrder:
        pass
except ValueError as ex:
    print('ValueError', ex)


def cmp(x, y):
    return (x > y) - (x < y)


print(sorted([3, 1, 2], key=cmp_to_key(cmp)),
      sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda x, y: len(y) - len(x))))


class Circle:
    def __init__(self, r):
        self.r = r
        self.calls = 0

    @cached_property
    def area(self):
        self.calls += 1
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area, c.calls, 'area' in c.__dict__)
del c.area
print(c.area, c.calls)


class Method:
    def __init__(self):
        self.n = 0

    @lru_cache(maxsize=None)
    def double(self, x):
        self.n += 1
        return 2 * x


m = Method()
print(m.double(4), m.double(4), m.n)
print(sorted(n for n in functools.__all__ if n in ('reduce', 'partial', 'wraps')))
