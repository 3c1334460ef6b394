# PEP 479: StopIteration escaping a generator body becomes RuntimeError.


def first(it):
    yield next(it)
    yield next(it)


def caught():
    try:
        list(first(iter([1])))
    except RuntimeError as e:
        print(type(e).__name__, e)
        print(type(e.__cause__).__name__, e.__suppress_context__)


caught()


def explicit():
    yield 1
    raise StopIteration("explicit")


try:
    list(explicit())
except RuntimeError as e:
    print("RuntimeError", e, repr(e.__cause__))
list(first(iter([])))
