# Traceback position markers for calls and attribute access (CPython
# 3.11): a call that is the whole line gets none, one inside a larger
# line is underlined with `^`; a multi-line call shows only its first
# line, marked to the end of that line.
import threading


def run(fn):
    t = threading.Thread(target=fn, name=fn.__name__)
    t.start()
    t.join()


def fail(*args, **kwargs):
    raise ValueError("failed with %d args" % len(args))


class Widget:
    def __init__(self, name):
        self.name = name

    def explode(self, why):
        raise RuntimeError(self.name + ": " + why)

    def chain(self):
        return self


def whole_line_call():
    fail()


def call_in_return():
    return fail(1, 2)


def call_in_assignment():
    value = fail(1)
    return value


def method_call():
    w = Widget("w1")
    w.explode("boom")


def method_call_in_expression():
    w = Widget("w2")
    return 1 + w.explode("bang")


def chained_method_call():
    w = Widget("w3")
    result = w.chain().chain().explode("deep")
    return result


def nested_call():
    return len(str(fail(3, 4, 5)))


def call_as_argument():
    print("value:", fail(1))


def multi_line_call():
    result = fail(
        1,
        2,
    )
    return result


def multi_line_args_first_line():
    return fail(1,
                2)


def missing_attribute():
    w = Widget("w4")
    return w.colour


def missing_attribute_whole_line():
    w = Widget("w5")
    w.size


def attribute_of_attribute():
    w = Widget("w6")
    return w.name.missing


def attribute_store():
    n = 5
    n.attr = 1


def not_callable():
    n = 5
    return n(1)


def wrong_arguments():
    w = Widget("w7")
    return w.explode()


def keyword_call():
    return fail(a=1, b=2) + 1


def call_result_subscript():
    return fail(1)[0]


def constructor():
    return Widget()


def builtin_call():
    return int("not a number")


def builtin_method():
    return "abc".index("z")


for case in [whole_line_call, call_in_return, call_in_assignment,
             method_call, method_call_in_expression, chained_method_call,
             nested_call, call_as_argument, multi_line_call,
             multi_line_args_first_line, missing_attribute,
             missing_attribute_whole_line, attribute_of_attribute,
             attribute_store, not_callable, wrong_arguments, keyword_call,
             call_result_subscript, constructor, builtin_call,
             builtin_method]:
    run(case)
print("done")
