# Traceback position markers for compound statements (CPython 3.11.2):
# a for loop's iter() and next(), a with statement's __enter__/__exit__
# and class creation are reported at the whole statement, which on a
# one-line statement stops at the end of its body, before a comment.
import threading


def run(fn):
    t = threading.Thread(target=fn, name=fn.__name__)
    t.start()
    t.join()


class Bad:
    def __iter__(self):
        return self

    def __next__(self):
        raise KeyError("next")


def for_next():
    for x in Bad(): pass  # comment


def for_next_later():
    items = Bad()
    for x in items:
        pass


def for_multi_line():
    for x in (
            Bad()):
        pass


def for_target_attr():
    for Bad().x.y in [1]:
        pass


def with_enter():
    class CM:
        def __enter__(self):
            raise OSError("enter")
        def __exit__(self, *a):
            return False
    with CM() as c:  # comment
        pass


def with_no_exit():
    class CM:
        def __enter__(self):
            return self
    with CM():
        pass


def try_finally_return():
    try:
        pass
    finally:
        x = [][1]


class EnterFails:
    def __enter__(self):
        raise OSError("enter")

    def __exit__(self, *a):
        return False


class NoExit:
    def __enter__(self):
        return self


def with_one_line():
    with EnterFails(): pass  # comment


def with_one_line_no_exit():
    with NoExit(): pass  # comment


def with_two_items_one_line():
    with NoExit() as x, EnterFails(): pass  # comment


def for_one_line():
    for x in 5: pass  # comment


def class_body_one_line():
    class A(object): x = 1 / 0  # comment


for case in [for_next, for_next_later, for_multi_line, for_target_attr,
             with_enter, with_no_exit, try_finally_return, with_one_line,
             with_one_line_no_exit, with_two_items_one_line, for_one_line,
             class_body_one_line]:
    run(case)
print("done")
