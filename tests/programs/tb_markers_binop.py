# Traceback position markers for binary operations (CPython 3.11): the
# operator gets `^`, its operands `~`; a whole-line expression gets none.
# Each case fails in its own thread so one program shows many tracebacks.
import threading


def run(fn):
    t = threading.Thread(target=fn, name=fn.__name__)
    t.start()
    t.join()


def whole_line():
    a, b = 1, 0
    a / b


def in_return():
    a, b = 1, 0
    return a / b


def spaced():
    a, b = 1, 0
    return a    //   b


def floor_div_no_spaces():
    n = 0
    return 10//n


def left_parenthesised():
    n = 0
    return (1 + 2) % n


def right_parenthesised():
    n = 0
    return 7 % (n * 2)


def inner_of_nested():
    x, y = 1, 0
    total = 5 + x / y + 3
    return total


def outer_of_nested():
    x = "s"
    total = x * 2 + 3
    return total


def attribute_operands():
    class P:
        v = None
    p = P()
    return p.v + p.v


def subscript_operands():
    items = [1, None]
    return items[0] - items[1]


def call_operands():
    def one():
        return 1
    return one() << one


def power():
    base = "2"
    return base ** 2


def bitwise():
    mask = 1.5
    return mask | 3


def comparison():
    a, b = 1, "x"
    return a < b


def unary():
    s = "text"
    return -s


def string_concat():
    count = 3
    return "count: " + count


def assignment_target():
    n = 0
    result = 100 % n
    return result


for case in [whole_line, in_return, spaced, floor_div_no_spaces,
             left_parenthesised, right_parenthesised, inner_of_nested,
             outer_of_nested, attribute_operands, subscript_operands,
             call_operands, power, bitwise, comparison, unary,
             string_concat, assignment_target]:
    run(case)
print("done")
