# yield after return is not an expression.


def f():
    return yield 1
