# inspect.getsource / getsourcelines / getsourcefile / findsource.
import functools
import inspect
import os


def one_liner(a): return a


@functools.lru_cache(maxsize=None)
def decorated(x,
              y=2):
    """Docstring."""
    # a comment inside
    if x:
        return y

    return x  # trailing


class Outer:
    """A class."""

    attr = lambda self: 42  # a lambda

    def method(self):
        return 1

    class Inner:
        def deep(self):
            pass

    @property
    def prop(self):
        return 2

# A comment after the class


async def coro():
    await something()


def gen():
    yield 1
    yield 2
print('module level code')

for obj in (one_liner, decorated, Outer, Outer.method, Outer().method,
            Outer.Inner, Outer.Inner.deep, Outer.attr, coro, gen,
            Outer.prop.fget, decorated.__wrapped__.__code__):
    lines, start = inspect.getsourcelines(obj)
    print(start, len(lines))
    print(inspect.getsource(obj), end='---\n')
print(os.path.basename(inspect.getsourcefile(Outer)))
lines, start = inspect.getsourcelines(inspect.getmodule(Outer))
print(start, len(lines) > 50)
lines, lnum = inspect.findsource(Outer.method)
print(lnum, lines[lnum].strip())
for bad in (len, 1, int):
    try:
        inspect.getsource(bad)
    except (TypeError, OSError) as e:
        print(type(e).__name__, e)
