# except* (PEP 654): matching splits, naked exceptions, re-raising the
# unhandled parts, raising inside handlers, else/finally, errors.


def show(label, f):
    try:
        f()
        print(label, "-> no exception")
    except BaseException as e:
        print(label, "->", type(e).__name__, repr(e))


def basic():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as e:
        print("ValueError part:", repr(e))
    except* TypeError as e:
        print("TypeError part:", repr(e))


show("basic", basic)


def unhandled_rest():
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError("k"), OSError(2)])
    except* ValueError:
        print("handled ValueError")
    except* OSError as e:
        print("handled", repr(e))


show("rest re-raised", unhandled_rest)


def naked():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("naked wrapped:", type(e).__name__, repr(e), repr(e.exceptions[0]))


show("naked", naked)


def naked_unmatched():
    try:
        raise KeyError("x")
    except* ValueError:
        print("not here")


show("naked unmatched", naked_unmatched)


def naked_reraise():
    try:
        raise ValueError("again")
    except* ValueError:
        raise


show("naked reraise", naked_reraise)


def reraise_bare():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise


show("bare raise keeps structure", reraise_bare)


def raise_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")


def raise_new_report():
    try:
        raise_new()
    except ExceptionGroup as e:
        print("outer:", repr(e))
        ke = e.exceptions[0]
        print("context of new:", repr(ke.__context__))


raise_new_report()


def raise_new_only():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise KeyError("only")


show("new only", raise_new_only)


def raise_in_two():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise IndexError("i")
    except* TypeError:
        raise KeyError("k")


show("two raised", raise_in_two)


def nested_groups():
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [ValueError(2), TypeError(3)])])
    except* ValueError as e:
        print("matched:", repr(e))


show("nested", nested_groups)


def tuple_types():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* (ValueError, TypeError) as e:
        print("tuple matched:", repr(e))


show("tuple", tuple_types)


def else_finally():
    try:
        print("body ok")
    except* ValueError:
        print("no")
    else:
        print("else runs")
    finally:
        print("finally runs")
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        print("handled")
    else:
        print("no else")
    finally:
        print("finally after handler")


show("else/finally", else_finally)


def all_handled_continues():
    for i in range(2):
        try:
            raise ExceptionGroup("eg", [ValueError(i)])
        except* ValueError as e:
            print("loop", i, repr(e.exceptions[0]))
    return "done"


print(all_handled_continues())


def exc_info_inside():
    import sys
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("exc_info:", repr(sys.exc_info()[1]))
    except* TypeError:
        print("exc_info:", repr(sys.exc_info()[1]))
    print("after:", sys.exc_info())


exc_info_inside()


def base_exceptions():
    try:
        raise BaseExceptionGroup("beg", [KeyboardInterrupt(), ValueError(1)])
    except* KeyboardInterrupt as e:
        print("kbd:", type(e).__name__, repr(e))


show("base", base_exceptions)


def catch_eg_type():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ExceptionGroup:
        pass


show("except* ExceptionGroup", catch_eg_type)


def catch_tuple_with_eg():
    try:
        raise ValueError(1)
    except* (ValueError, BaseExceptionGroup):
        pass


show("except* (.., BaseExceptionGroup)", catch_tuple_with_eg)


def catch_not_exc():
    try:
        raise ValueError(1)
    except* int:
        pass


show("except* int", catch_not_exc)


def nothing_raised_type_not_checked():
    try:
        pass
    except* int:
        pass


show("no exception", nothing_raised_type_not_checked)


def handler_variable_cleared():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as err:
        pass
    try:
        err
    except NameError as e:
        print("NameError:", e)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


handler_variable_cleared()


def with_notes_and_traceback():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
        except* ValueError:
            pass
    except ExceptionGroup as e:
        print("left:", repr(e), e.__traceback__ is not None)


with_notes_and_traceback()


def loop_in_handler():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        for i in range(3):
            if i == 1:
                continue
            if i == 2:
                break
            print("inner loop", i)

        def inner():
            return "nested function return is fine"

        print(inner())


loop_in_handler()

for src in [
    "try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass\n",
    "try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n",
    "try:\n    pass\nexcept*:\n    pass\n",
    "for x in y:\n    try:\n        pass\n    except* ValueError:\n        break\n",
    "for x in y:\n    try:\n        pass\n    except* ValueError:\n        continue\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        return\n",
]:
    try:
        compile(src, "<src>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno, e.offset)
