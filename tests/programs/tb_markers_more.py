# More traceback position markers (CPython 3.11.2): annotated
# assignments, membership tests, unpacking into displays, item and
# attribute stores, slices with a zero step, except clauses with a bad
# class, raising non-exceptions, free variables, StopIteration, keyword-
# only arguments, nested subscripts and long operands.
import threading


def run(fn):
    t = threading.Thread(target=fn, name=fn.__name__)
    t.start()
    t.join()


def annotated():
    x: int = 1 / 0


def in_non_container():
    return 1 in 5


def star_dict():
    return {**5}


def setitem():
    s = "abc"
    s[1] = "x"


def slice3():
    return [1][1:2:0]


def multi_attr_store():
    class A:
        pass
    a = A()
    a.b.c = 1


def except_bad_class():
    try:
        1 / 0
    except 5:
        pass


def raise_int():
    raise 5


def raise_from_int():
    raise ValueError() from 5


def free_var():
    def inner():
        return v
    r = inner()
    v = 1
    return r


def stop_iteration():
    it = iter([])
    return next(it)


def bool_op_call():
    x = None
    return x or x.y


def keyword_only():
    def f(*, a):
        return a
    return f(1)


def ternary_in_call():
    return len(5 if True else 6)


def nested_sub_call():
    d = {"a": [1]}
    return d["a"][0]["b"]


def method_on_literal():
    return [].nope()


def long_operand():
    value = {"alpha": 1, "beta": None}
    return value["alpha"] + value["beta"] * 2


for case in [annotated, in_non_container, star_dict, setitem, slice3, multi_attr_store, except_bad_class, raise_int,
             raise_from_int, free_var, stop_iteration, bool_op_call,
             keyword_only, ternary_in_call, nested_sub_call,
             method_on_literal, long_operand]:
    run(case)
print("done")
