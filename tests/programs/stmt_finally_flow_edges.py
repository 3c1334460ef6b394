# try/finally with return/break/continue; raise from None; with suppressing exceptions.
def f1():
    try:
        return "try"
    finally:
        print("finally runs")
def f2():
    try:
        return "try"
    finally:
        return "finally wins"
def f3():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("fin", i)
    return i
def f4():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(f1(), f2(), f3(), f4())
def f5():
    x = 0
    while True:
        try:
            x += 1
            if x > 2:
                return x
        finally:
            if x == 3:
                print("leaving with", x)
print(f5())
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev)
        return et is not None and issubclass(et, self.types)
with Suppress(KeyError) as s:
    raise KeyError("gone")
print("after suppress", type(s).__name__)
try:
    with Suppress(KeyError):
        raise ValueError("kept")
except ValueError as e:
    print("propagated", e)
with Suppress(Exception):
    pass
try:
    try:
        {}["x"]
    except KeyError:
        raise RuntimeError("clean") from None
except RuntimeError as e:
    print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("chained") from z
except ValueError as e:
    print(e, repr(e.__cause__), e.__context__ is e.__cause__)
def gen_nested():
    try:
        try:
            raise TypeError("inner")
        finally:
            print("inner finally")
    except TypeError as e:
        return "caught " + str(e)
    finally:
        print("outer finally")
print(gen_nested())
try:
    raise ValueError("final") from None
finally:
    print("last finally")
