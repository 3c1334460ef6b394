# Traceback position markers for subscripts (CPython 3.11): the `[...]`
# gets `^`, the subscripted value `~`.
import threading


def run(fn):
    t = threading.Thread(target=fn, name=fn.__name__)
    t.start()
    t.join()


def dict_key():
    d = {"a": 1}
    return d["missing"]


def list_index():
    items = [1, 2, 3]
    return items[10]


def spaced_index():
    items = [1, 2, 3]
    return items [ 7 ]


def nested_outer():
    grid = [[1, 2], [3, 4]]
    return grid[1][5]


def nested_inner():
    grid = [[1, 2], [3, 4]]
    return grid[9][0]


def tuple_key():
    d = {}
    return d[1, 2]


def slice_then_index():
    s = "abcdef"
    return s[1:3][5]


def attribute_value():
    class Box:
        items = []
    return Box.items[0]


def call_value():
    def make():
        return {}
    return make()["k"]


def not_subscriptable():
    n = 5
    return n[0]


def in_expression():
    items = [1]
    return 1 + items[3] * 2


def whole_line():
    items = []
    items[0]


def store():
    t = (1, 2)
    t[0] = 5


def delete():
    d = {}
    del d["gone"]


def string_key_spaces():
    d = {}
    value = d[ "a b" ]
    return value


for case in [dict_key, list_index, spaced_index, nested_outer, nested_inner,
             tuple_key, slice_then_index, attribute_value, call_value,
             not_subscriptable, in_expression, whole_line, store, delete,
             string_key_spaces]:
    run(case)
print("done")
