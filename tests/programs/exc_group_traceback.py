# How exception groups are printed (CPython 3.11's boxed "| " format):
# nesting, chained exceptions inside groups, notes, the width limit, and
# an uncaught group raised out of except* with a new exception.
import sys
import traceback


def leaf(n):
    raise ValueError(n)


def collect(count):
    errors = []
    for i in range(count):
        try:
            leaf(i)
        except ValueError as e:
            errors.append(e)
    return errors


def show(f):
    try:
        f()
    except BaseException:
        traceback.print_exc(file=sys.stdout)
    print("=" * 20)


def nested():
    inner = ExceptionGroup("inner", [TypeError("t"), KeyError("k")])
    raise ExceptionGroup("outer", [ValueError(1), inner])


show(nested)


def with_tracebacks():
    raise ExceptionGroup("collected", collect(2))


show(with_tracebacks)


def chained_member():
    try:
        raise OSError("first")
    except OSError as first:
        second = RuntimeError("second")
        second.__context__ = first
    try:
        raise second from KeyError("cause")
    except RuntimeError as e:
        member = e
    raise ExceptionGroup("chained", [member])


show(chained_member)


def notes():
    e = ValueError("noted")
    e.add_note("note one")
    g = ExceptionGroup("with notes", [e])
    g.add_note("group note")
    raise g


show(notes)


def wide():
    raise ExceptionGroup("wide", [ValueError(i) for i in range(17)])


show(wide)


def deep():
    g = ValueError("bottom")
    for i in range(12):
        g = ExceptionGroup(f"level {i}", [g])
    raise g


show(deep)


def group_in_context():
    try:
        raise ExceptionGroup("ctx", [ValueError(1)])
    except ExceptionGroup:
        raise KeyError("after")


show(group_in_context)


def base_group():
    raise BaseExceptionGroup("base", [KeyboardInterrupt(), SystemExit(3)])


show(base_group)


def main():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError("k")])
    except* ValueError:
        raise KeyError("x")
    except* TypeError as e:
        print("caught", repr(e))


main()
