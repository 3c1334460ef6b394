# throw(), close(), GeneratorExit, finally blocks and exception state.
import sys


def worker():
    try:
        while True:
            try:
                x = yield "ready"
                print("got", x)
            except ValueError as e:
                print("handled", repr(e))
    finally:
        print("worker cleanup")


w = worker()
print(next(w))
print(w.send(1))
print(w.throw(ValueError("bad")))
print(w.throw(ValueError))
print(w.throw(ValueError, "with value"))
print(w.throw(ValueError, ("t1", "t2")))
print(w.throw(ValueError, ValueError("instance value")))
try:
    w.throw(KeyError("escape"))
except KeyError as e:
    print("escaped", repr(e))
print(w.gi_running)
try:
    next(w)
except StopIteration:
    print("finished after escape")
w.close()


def simple():
    yield 1
    yield 2


s = simple()
s.close()
print(list(s))
s = simple()
next(s)
s.close()
print(list(s))
try:
    s.throw(RuntimeError("into finished"))
except RuntimeError as e:
    print("finished throw", e)
fresh = simple()
try:
    fresh.throw(TypeError("into fresh"))
except TypeError as e:
    print("fresh throw", e)
print(list(fresh))


def ignores_exit():
    try:
        yield
    except GeneratorExit:
        print("ignoring")
    yield "after"


ig = ignores_exit()
next(ig)
try:
    ig.close()
except RuntimeError as e:
    print("RuntimeError", e)
print(next(ig, "exhausted"))


def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"


r = returns_on_exit()
next(r)
print(r.close())


def raises_on_exit():
    try:
        yield 1
    finally:
        raise KeyError("from finally")


re_ = raises_on_exit()
next(re_)
try:
    re_.close()
except KeyError as e:
    print("close raised", repr(e))


def catches_and_yields():
    try:
        yield 1
    except ZeroDivisionError:
        yield "caught"
    yield "end"


c = catches_and_yields()
next(c)
print(c.throw(ZeroDivisionError))
print(next(c))


def throw_returns():
    try:
        yield 1
    except IndexError:
        return "done by throw"


t = throw_returns()
next(t)
try:
    t.throw(IndexError)
except StopIteration as e:
    print("StopIteration", e.value)


def exc_state():
    try:
        raise KeyError("inside")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]


es = exc_state()
print(next(es))
try:
    raise OSError("outside")
except OSError:
    print(next(es), sys.exc_info()[0].__name__)
print(next(es), sys.exc_info()[0])


def reraiser():
    try:
        yield
    except Exception:
        raise


rr = reraiser()
next(rr)
try:
    rr.throw(LookupError("re"))
except LookupError as e:
    print("reraised", e)

try:
    simple().throw(5)
except TypeError as e:
    print(e)
try:
    simple().throw(ValueError("x"), 1)
except TypeError as e:
    print(e)
try:
    simple().throw()
except TypeError as e:
    print(e)


def generator_exit_class():
    try:
        yield
    except BaseException as e:
        print("saw", type(e).__name__, isinstance(e, Exception))
        raise


gx = generator_exit_class()
next(gx)
gx.close()
print(issubclass(GeneratorExit, BaseException), GeneratorExit.__mro__[1].__name__)
