# A generator dropped while suspended is closed when it dies (its finally
# blocks and `except GeneratorExit` run), a coroutine collected without
# having run is reported as never awaited, and generators still suspended
# at exit are closed then. gc.collect() makes the timing match CPython's
# reference counting.
import gc
import warnings


def counter(tag):
    try:
        yield 1
        yield 2
    finally:
        print("finally of", tag)


def catcher():
    try:
        yield "a"
    except GeneratorExit:
        print("GeneratorExit caught")
        raise


def outer():
    try:
        yield from counter("inner")
    finally:
        print("finally of outer")


def no_handler():
    yield 1
    print("never printed")


g = counter("dropped")
print(next(g))
del g
gc.collect()
print("-- after dropping a suspended generator")

c = catcher()
next(c)
c = None
gc.collect()
print("-- after rebinding the only name")

o = outer()
next(o)
del o
gc.collect()
print("-- yield from: the delegate closes first")

n = no_handler()
next(n)
del n
gc.collect()
print("-- nothing to run without a handler")

done = counter("finished")
print(list(done))
del done
gc.collect()
print("-- a finished generator is not closed again")

unstarted = counter("unstarted")
del unstarted
gc.collect()
print("-- an unstarted generator has nothing to close")


def bad():
    try:
        yield 1
    finally:
        yield 2


b = bad()
next(b)
try:
    b.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def shown(message, category, filename, lineno, file=None, line=None):
    print("warning:", category.__name__, message)


warnings.showwarning = shown


async def job():
    return 1


job()
gc.collect()
print("-- after dropping an unawaited coroutine")

coro = job()
coro.close()
del coro
gc.collect()
print("-- a closed coroutine is not reported")

at_exit = counter("still suspended at exit")
next(at_exit)
print("end of script")
