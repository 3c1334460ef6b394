# Traceback position markers through builtins that call back into
# scripts (map, filter, min key), user dunder methods run by the VM
# (__getitem__, __iter__, __len__, __call__, __repr__), super(),
# property setters, class decorators and builtin method errors.
import threading


def run(fn):
    t = threading.Thread(target=fn, name=fn.__name__)
    t.start()
    t.join()


class Seq:
    def __getitem__(self, i):
        return [1][i]

    def __iter__(self):
        raise RuntimeError("no iter")

    def __len__(self):
        return -1

    def __call__(self, x):
        return x.nope

    def __repr__(self):
        raise ValueError("no repr")


class Base:
    def hello(self):
        return "hi"


class Child(Base):
    def hello(self):
        return super().missing()

    @property
    def value(self):
        return 1

    @value.setter
    def value(self, v):
        raise AttributeError("read only: %r" % v)


def via_map():
    return list(map(lambda x: 1 / x, [0]))


def via_filter():
    return list(filter(lambda x: x.ok, [1]))


def via_min_key():
    return min([1, 2], key=lambda v: v["k"])


def join_non_str():
    return ", ".join(["a", 1])


def getattr_missing():
    return getattr(Base(), "zzz")


def isinstance_bad():
    return isinstance(1, 5)


def super_missing():
    return Child().hello()


def user_getitem():
    s = Seq()
    return s[3]


def user_iter():
    for x in Seq():
        pass


def user_len():
    return len(Seq())


def user_call():
    return Seq()(5)


def repr_in_print():
    print(Seq())


def repr_in_fstring():
    return f"{Seq()!r}"


def property_setter():
    c = Child()
    c.value = 5


def class_decorator():
    def deco(cls):
        return cls.nothing
    @deco
    class K:
        pass


def int_conversion():
    return int("1.5")


def dict_pop():
    return {}.pop("k")


def list_remove():
    return [1].remove(2)


def unpack_star():
    a, *b, c = [1]


for case in [via_map, via_filter, via_min_key, join_non_str, getattr_missing,
             isinstance_bad, super_missing, user_getitem, user_iter, user_len,
             user_call, repr_in_print, repr_in_fstring, property_setter,
             class_decorator, int_conversion, dict_pop, list_remove,
             unpack_star]:
    run(case)
print("done")
