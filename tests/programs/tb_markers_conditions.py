# Traceback position markers for truth tests and comprehension loops
# (CPython 3.11.2): a condition's truth test is reported at the statement,
# conditional expression, `and`/`or`, `not` or comprehension that tests
# it, except after a comparison in the same condition, whose position
# carries over; a comprehension's iteration and appends are reported at
# the whole comprehension.
import threading


class Falsy:
    def __bool__(self):
        raise ValueError("no bool")


def run(fn):
    t = threading.Thread(target=fn, name=fn.__name__)
    t.start()
    t.join()


F = Falsy()


def if_statement():
    if F: pass  # a comment keeps the statement short of the line


def if_and():
    if 1 and F: pass  # comment


def if_after_comparison():
    if F is not None and F: pass  # comment


def if_not():
    if not F: pass  # comment


def while_statement():
    while F: pass  # comment


def while_multi_line():
    while (F
           ):
        pass


def assert_truth():
    assert F  # comment


def conditional_expression():
    y = 1 if F else 2
    return y


def or_value():
    y = F or 1
    return y


def and_value():
    y = F and 1
    return y


def not_value():
    y = not F
    return y


def comprehension_condition():
    return [x for x in [1] if F]


def comprehension_outer_iterable():
    return [x for x in 5]


def comprehension_inner_iterable():
    return [y for x in [1] for y in x]


def comprehension_multi_line():
    return [x
            for x in 5]


def set_comprehension_unhashable():
    return {x for x in [[1]]}


def dict_comprehension_unhashable():
    return {k: 1 for k in [[1]]}


for case in [if_statement, if_and, if_after_comparison, if_not,
             while_statement, while_multi_line, assert_truth,
             conditional_expression, or_value, and_value, not_value,
             comprehension_condition, comprehension_outer_iterable,
             comprehension_inner_iterable, comprehension_multi_line,
             set_comprehension_unhashable, dict_comprehension_unhashable]:
    run(case)
print("done")
