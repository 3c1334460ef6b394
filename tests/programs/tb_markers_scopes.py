# Traceback position markers in lambdas, comprehensions (their own
# <listcomp>/<dictcomp>/<setcomp> frames), methods, properties, nested
# functions, class bodies, imported modules and collapsed recursion.
import threading
import _mod_tb_markers


def run(fn):
    t = threading.Thread(target=fn, name=fn.__name__)
    t.start()
    t.join()


def in_lambda():
    f = lambda x: x / 0
    return f(1)


def lambda_as_key():
    return sorted([3, 1, 2], key=lambda v: v.missing)


def lambda_called_inline():
    return (lambda: [][0])()


def in_list_comprehension():
    return [10 // x for x in [2, 1, 0]]


def in_dict_comprehension():
    keys = ["a", "b"]
    return {k: {}[k] for k in keys}


def in_set_comprehension():
    return {len(x) for x in [1]}


def in_nested_function():
    def outer(a):
        def inner(b):
            return a[b]
        return inner(5)
    return outer([1])


class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError("insufficient funds: %d" % self.balance)
        self.balance -= amount

    @property
    def ratio(self):
        return self.balance / 0

    @staticmethod
    def make(text):
        return Account(int(text))


def in_method():
    acct = Account(10)
    acct.withdraw(20)


def in_property():
    acct = Account(10)
    return acct.ratio + 1


def in_staticmethod():
    return Account.make("ten")


def in_class_body():
    class Broken:
        size = 10 / 0
    return Broken


def in_module_function():
    return _mod_tb_markers.divide(1, 0)


def in_module_subscript():
    return _mod_tb_markers.lookup({}, "key")


def in_module_method():
    p = _mod_tb_markers.Parser()
    return p.parse("12")


def recursion_of_markers():
    def down(n):
        if n == 0:
            return {}["bottom"]
        return down(n - 1) + 1
    return down(5)


for case in [in_lambda, lambda_as_key, lambda_called_inline,
             in_list_comprehension, in_dict_comprehension,
             in_set_comprehension,
             in_nested_function, in_method, in_property, in_staticmethod,
             in_class_body, in_module_function, in_module_subscript,
             in_module_method, recursion_of_markers]:
    run(case)
print("done")
