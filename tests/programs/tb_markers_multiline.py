# Traceback position markers for expressions spanning several lines
# (CPython 3.11): only the first line is shown, marked from the start of
# the expression to the end of that line; operator/subscript anchors are
# not drawn then.
import threading


def run(fn):
    t = threading.Thread(target=fn, name=fn.__name__)
    t.start()
    t.join()


def fail(*args):
    raise KeyError(len(args))


def call_over_lines():
    fail(1,
         2,
         3)


def call_in_assignment_over_lines():
    value = fail(
        "a",
        "b")
    return value


def binop_over_lines():
    a, b = 1, 0
    return (a
            / b)


def binop_operator_first_line():
    a, b = 1, 0
    total = a + \
        b / 0
    return total


def subscript_over_lines():
    table = {}
    return table[
        "key"]


def method_chain_over_lines():
    text = "abc"
    return (text
            .upper()
            .missing())


def list_display_over_lines():
    items = [
        1,
        2 / 0,
        3,
    ]
    return items


def dict_display_over_lines():
    d = {
        "a": 1,
        "b": [][0],
    }
    return d


def argument_fails_on_later_line():
    return fail(1,
                [][5])


def nested_call_over_lines():
    return len(
        fail(1))


def trailing_comment_and_spaces():
    n = 0
    return (n +   # comment
            1 / n)   


for case in [call_over_lines, call_in_assignment_over_lines,
             binop_over_lines, binop_operator_first_line,
             subscript_over_lines, method_chain_over_lines,
             list_display_over_lines, dict_display_over_lines,
             argument_fails_on_later_line, nested_call_over_lines,
             trailing_comment_and_spaces]:
    run(case)
print("done")
