# Closures, decorators with functools.wraps, nonlocal/global, memoization.
import functools
import time

call_log = []
counter = 0


def logged(prefix="call"):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            global counter
            counter += 1
            arg_text = ", ".join([repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()])
            call_log.append(f"{prefix}: {fn.__name__}({arg_text})")
            return fn(*args, **kwargs)
        return wrapper
    return decorate


def memoize(fn):
    cache = {}
    hits = 0

    @functools.wraps(fn)
    def wrapper(n):
        nonlocal hits
        if n in cache:
            hits += 1
            return cache[n]
        result = cache[n] = fn(n)
        return result

    wrapper.stats = lambda: (len(cache), hits)
    return wrapper


@memoize
def fib(n):
    """Fibonacci numbers."""
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@logged("trace")
def greet(name, *, punctuation="!"):
    """Say hello."""
    return f"Hello, {name}{punctuation}"


print(fib(80), fib.stats(), fib.__name__, fib.__doc__, fib.__wrapped__.__name__)
print(greet("Ann"), greet("Bob", punctuation="?"), greet.__name__, greet.__doc__)
print(call_log, counter)


def make_counter(start=0, step=1):
    count = start

    def incr():
        nonlocal count
        count += step
        return count

    def reset():
        nonlocal count
        count = start

    return incr, reset


inc, reset = make_counter(10, 5)
print(inc(), inc(), inc())
reset()
print(inc())

adders = [lambda x, i=i: x + i for i in range(3)]
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in adders], [f(10) for f in late])


class retry:
    def __init__(self, times):
        self.times = times

    def __call__(self, fn):
        @functools.wraps(fn)
        def wrapper(*args):
            for attempt in range(1, self.times + 1):
                try:
                    return fn(*args, attempt=attempt)
                except RuntimeError as e:
                    print(f"  attempt {attempt} failed: {e}")
            raise RuntimeError(f"{fn.__name__} gave up after {self.times}")
        return wrapper


@retry(3)
def flaky(limit, attempt):
    if attempt < limit:
        raise RuntimeError(f"not yet ({attempt}<{limit})")
    return f"ok on {attempt}"


print(flaky(2))
try:
    flaky(5)
except RuntimeError as e:
    print("error:", e)

compose = lambda *fs: functools.reduce(lambda f, g: lambda x: g(f(x)), fs)
pipeline = compose(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print(pipeline("  Hello World  "))
partial_pow = functools.partial(pow, 2)
print(partial_pow(10), functools.partial(int, base=2)("1011"))


@functools.lru_cache(maxsize=None)
def ways(n, coins=(1, 2, 5)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])


print(ways(100), ways.cache_info().hits > 0)
start = time.perf_counter()
print(type(start).__name__, time.perf_counter() >= start)
