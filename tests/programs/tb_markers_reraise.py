# Tracebacks of re-raised exceptions (CPython 3.11): a bare `raise` keeps
# the original position, `raise e` adds the raise line to the same frame,
# and exceptions leaving `finally` and `with` blocks keep their markers.
import threading


def run(fn):
    t = threading.Thread(target=fn, name=fn.__name__)
    t.start()
    t.join()


def compute(values):
    return values[0] / values[1]


def bare_reraise():
    try:
        compute([1, 0])
    except ZeroDivisionError:
        print("logging and re-raising")
        raise


def reraise_bound():
    try:
        compute([1, 0])
    except ZeroDivisionError as e:
        raise e


def reraise_in_caller():
    def inner():
        try:
            return {}["k"]
        except KeyError:
            raise
    return inner() + 1


def raise_in_finally():
    try:
        return 1
    finally:
        [].pop()


def exception_through_finally():
    try:
        compute([])
    finally:
        print("cleanup ran")


class Guard:
    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        print("exit saw", kind.__name__)
        return False


class BadExit:
    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        return value.missing


def through_with():
    with Guard():
        compute([2, 0])


def failing_exit():
    with BadExit():
        compute(["a", 1])


def except_clause_fails():
    try:
        compute([1, 0])
    except ZeroDivisionError:
        return compute([None, 1])


def exception_stored_and_raised_later():
    saved = None
    try:
        compute([5, 0])
    except ZeroDivisionError as e:
        saved = e
    print("raising saved")
    raise saved


for case in [bare_reraise, reraise_bound, reraise_in_caller,
             raise_in_finally, exception_through_finally, through_with,
             failing_exit, except_clause_fails,
             exception_stored_and_raised_later]:
    run(case)
print("done")
