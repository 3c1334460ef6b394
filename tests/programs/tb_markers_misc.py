# More traceback position markers (CPython 3.11): non-ASCII text before
# the error (markers count characters), tabs inside a line, f-strings,
# decorators, dunder methods called by operators, star-args calls,
# chained comparisons, comprehension conditions and loop targets.
import threading


def run(fn):
    t = threading.Thread(target=fn, name=fn.__name__)
    t.start()
    t.join()


def non_ascii_before():
    naïve = "café"
    return naïve + 1


def wide_characters():
    名前 = {"キー": 1}
    return 名前["ない"]


def tab_inside_line():
    n = 0
    return 1 +	1 / n


def in_f_string():
    n = 0
    return f"value: {10 / n}"


def attribute_in_f_string():
    item = 5
    return f"{item.name!r:>10}"


def decorator_fails():
    def broken(fn):
        return fn.missing

    @broken
    def target():
        pass


class Money:
    def __init__(self, amount):
        self.amount = amount

    def __add__(self, other):
        return Money(self.amount + other.amount)

    def __eq__(self, other):
        return self.amount == other.amount

    def __hash__(self):
        raise TypeError("Money is not hashable")


def operator_calls_dunder():
    total = Money(1) + Money(2) + 3
    return total


def comparison_calls_dunder():
    return Money(1) == 5


def hash_from_subscript():
    d = {}
    return d[Money(1)]


def star_args_call():
    args = [1, 2]
    return len(*args)


def double_star_call():
    def f(a):
        return a
    return f(**{"b": 1})


def chained_comparison():
    a, b, c = 1, 2, "x"
    return a < b < c


def comprehension_condition():
    values = [1, 2, None]
    return [v for v in values if v > 1]


def loop_target_unpack():
    for a, b in [(1, 2), 3]:
        pass


def call_of_subscript():
    handlers = {"go": None}
    return handlers["go"]()


def call_of_call():
    def make():
        return 5
    return make()()


def slice_of_int():
    n = 12345
    return n[1:3]


def boolean_operands():
    x = None
    return x and x.value or x.other


def conditional_expression():
    x = None
    return x.a if x else x.b


def default_argument():
    def f(a, b=[][0]):
        return a
    return f(1)


def keyword_argument_error():
    def f(a):
        return a
    return f(a=1, z=2) + 1


def constructor_error():
    class Point:
        def __init__(self, x, y):
            self.x = x / y
    return [Point(1, 0)]


def string_with_hash():
    d = {}
    return d["#not a comment"] + 1   # a real comment


for case in [non_ascii_before, wide_characters, tab_inside_line,
             in_f_string, attribute_in_f_string, decorator_fails,
             operator_calls_dunder, comparison_calls_dunder,
             hash_from_subscript, star_args_call, double_star_call,
             chained_comparison, comprehension_condition,
             loop_target_unpack, call_of_subscript, call_of_call,
             slice_of_int, boolean_operands, conditional_expression,
             default_argument, keyword_argument_error, constructor_error,
             string_with_hash]:
    run(case)
print("done")
