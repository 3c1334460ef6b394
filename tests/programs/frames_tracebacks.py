# Frame and traceback objects: sys._getframe, f_back chains, f_locals of
# live and finished frames, traceback chains (tb_next, tb_frame,
# tb_lineno), with_traceback, the traceback and inspect helpers.
import builtins
import inspect
import sys
import traceback
import types


def where():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno


def outer():
    x = 1
    return inner(x + 1)


def inner(y):
    f = sys._getframe()
    names = []
    g = f
    while g is not None:
        names.append(g.f_code.co_name)
        g = g.f_back
    return names, sorted(f.f_locals), f.f_locals["y"]


print(where())
print(outer())
print(type(sys._getframe()).__name__, isinstance(sys._getframe(),
                                                 types.FrameType))
print(sys._getframe().f_globals is globals())
print(sys._getframe().f_locals is globals())
print(sys._getframe().f_builtins is builtins.__dict__)
print(sys._getframe().f_back)
try:
    sys._getframe(1000)
except ValueError as e:
    print("ValueError:", e)


# A finished frame keeps its locals at exit and its caller.
def finished():
    a = "kept"
    b = [1, 2]
    return sys._getframe()


def caller_of_finished():
    return finished()


fr = caller_of_finished()
print(sorted(fr.f_locals.items()), fr.f_code.co_name,
      fr.f_back.f_code.co_name, fr.f_back.f_back.f_code.co_name)
fr.clear()
print(fr.f_locals)
try:
    sys._getframe().clear()
except RuntimeError as e:
    print("RuntimeError:", e)


# f_locals of a live frame is a snapshot of the current values.
def live():
    f = sys._getframe()
    v = 1
    first = dict(f.f_locals)
    v = 2
    return first["v"], f.f_locals["v"], f.f_lineno > f.f_code.co_firstlineno


print(live())


def closure():
    c = 10

    def get():
        return sys._getframe().f_locals

    return get()


print(closure())


# Tracebacks.
def fail(n):
    if n == 0:
        raise ValueError("bottom")
    fail(n - 1)


try:
    fail(2)
except ValueError as e:
    tb = e.__traceback__
    print(type(tb).__name__, isinstance(tb, types.TracebackType))
    print(tb is e.__traceback__, tb is sys.exc_info()[2])
    t = tb
    while t is not None:
        print(t.tb_frame.f_code.co_name, t.tb_lineno,
              t.tb_lasti >= 0, t.tb_frame.f_lineno == t.tb_lineno)
        t = t.tb_next
    print(tb.tb_frame is sys._getframe())
    print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(tb)])
    for fs in traceback.extract_tb(tb):
        print(fs.name, fs.lineno, fs.line, fs.filename == __file__)
    print("".join(traceback.format_tb(tb)), end="")
    print([fi.function for fi in inspect.trace()])
    info = inspect.getframeinfo(tb)
    print(info.function, info.lineno, info.code_context, info.index)


# The chain grows at the head as the exception propagates further.
def reraiser():
    try:
        fail(0)
    except ValueError as e:
        seen = e.__traceback__
        raise


try:
    reraiser()
except ValueError as e:
    print([f.f_code.co_name for f, _ in traceback.walk_tb(e.__traceback__)])


# tb_next is writable (a traceback or None, no loops).
try:
    fail(1)
except ValueError as e:
    tb = e.__traceback__
    second = tb.tb_next
    try:
        second.tb_next = tb
    except ValueError as err:
        print("ValueError:", err)
    try:
        tb.tb_next = 5
    except TypeError as err:
        print("TypeError:", err)
    tb.tb_next = None
    print(len(list(traceback.walk_tb(e.__traceback__))))
    try:
        e.__traceback__ = 3
    except TypeError as err:
        print("TypeError:", err)


# with_traceback attaches a traceback; raising adds the new frame on top.
def keep():
    try:
        fail(0)
    except ValueError as e:
        return e.__traceback__


saved = keep()
try:
    raise KeyError("k").with_traceback(saved)
except KeyError as e:
    print([f.f_code.co_name for f, _ in traceback.walk_tb(e.__traceback__)])
    print(e.__traceback__.tb_next is saved)
try:
    ValueError().with_traceback("x")
except TypeError as err:
    print("TypeError:", err)
print(types.TracebackType(None, sys._getframe(), 0, 7).tb_lineno)


# inspect: stack, currentframe, getouterframes, getframeinfo.
def deep():
    return [fi.function for fi in inspect.stack()]


def deeper():
    return deep()


print(deeper())
cf = inspect.currentframe()
print(cf is sys._getframe(), inspect.isframe(cf), inspect.istraceback(cf))
info = inspect.getframeinfo(cf)
print(info.function, info.lineno, info.code_context, info.index)
print([fi.function for fi in inspect.getouterframes(cf)])
fi = inspect.stack()[0]
print(fi.function, fi.lineno, fi[3], fi.code_context)


# traceback.extract_stack / walk_stack / format_stack from a frame.
def stacker():
    return traceback.extract_stack(sys._getframe())


print([(fs.name, fs.lineno) for fs in stacker()])
print([f.f_code.co_name for f, _ in traceback.walk_stack(sys._getframe())])


# TracebackException.
try:
    fail(1)
except ValueError as e:
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, str(te), len(te.stack),
          [fs.name for fs in te.stack])
    print("".join(te.format()), end="")
    print("".join(te.format_exception_only()), end="")
    te2 = traceback.TracebackException(type(e), e, e.__traceback__,
                                       capture_locals=True)
    print(te2.stack[0].locals["fail"][:17])


# Generators: a frame object made while running; suspended it has no
# caller.
def gen():
    f = sys._getframe()
    yield f.f_back.f_code.co_name
    yield f


g = gen()
print(next(g))
gf = next(g)
print(gf.f_code.co_name, gf.f_back, sorted(gf.f_locals))


# A with statement's __exit__ gets a traceback object.
class CM:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        print(t.__name__, type(tb).__name__, tb.tb_frame.f_code.co_name,
              tb.tb_lineno)
        return True


with CM():
    fail(0)
print("done")
