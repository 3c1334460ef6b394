# yield inside a list comprehension.


def f(items):
    return [(yield x) for x in items]
