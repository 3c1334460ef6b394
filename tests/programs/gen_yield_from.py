# yield from: delegation of next/send/throw/close and the return value.


def inner():
    got = yield "i1"
    print("inner got", got)
    got = yield "i2"
    print("inner got", got)
    return "inner-result"


def outer():
    res = yield from inner()
    print("outer res", res)
    yield "o1"
    return "outer-result"


o = outer()
print(next(o))
print(o.send("A"))
print(o.send("B"))
try:
    next(o)
except StopIteration as e:
    print("outer stop", e.value)

print(list(outer()))


def chain(*its):
    for it in its:
        yield from it


print(list(chain([1, 2], "ab", range(3), (x * 10 for x in range(2)))))


def depth(n):
    if n == 0:
        yield "leaf"
        return 0
    r = yield from depth(n - 1)
    yield f"level {n}"
    return r + 1


d = depth(3)
print(list(d))
print(sum(1 for _ in depth(50)))


class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration("custom-done")
        self.i += 1
        return self.i


def from_custom():
    r = yield from Counter(2)
    print("custom returned", r)


print(list(from_custom()))


class Sendable:
    def __init__(self):
        self.log = []

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)

    def send(self, v):
        self.log.append(v)
        if len(self.log) > 2:
            raise StopIteration(len(self.log))
        return f"s{len(self.log)}"

    def throw(self, exc):
        print("Sendable.throw", type(exc).__name__)
        return "recovered"


def from_sendable(s):
    r = yield from s
    print("sendable returned", r)
    yield "after"


s = Sendable()
fs = from_sendable(s)
print(next(fs), fs.send("x"), fs.throw(KeyError("k")), fs.send("y"))
print(s.log)


def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("inner caught", e)
            yield "handled"


def delegator():
    yield from catcher()


dg = delegator()
print(next(dg))
print(dg.throw(ValueError("boom")))
print(next(dg))
try:
    dg.throw(KeyError("nope"))
except KeyError as e:
    print("propagated", repr(e))


def closing_inner():
    try:
        yield 1
        yield 2
    finally:
        print("inner finally")


def closing_outer():
    try:
        yield from closing_inner()
    finally:
        print("outer finally")


co = closing_outer()
print(next(co))
co.close()
print("closed")


def gen_exit_inner():
    try:
        yield 1
    except GeneratorExit:
        print("inner saw GeneratorExit")
        raise


def gen_exit_outer():
    try:
        yield from gen_exit_inner()
    except GeneratorExit:
        print("outer saw GeneratorExit")
        raise


ge = gen_exit_outer()
next(ge)
ge.close()


def yf_iter_error():
    yield from 5


try:
    next(yf_iter_error())
except TypeError as e:
    print("TypeError", e)


def send_to_list():
    yield from [1, 2]


sl = send_to_list()
next(sl)
try:
    sl.send("x")
except AttributeError as e:
    print("AttributeError", e)


def value_of_yield_from_gen_expression():
    v = yield from (i for i in range(2))
    yield v


print(list(value_of_yield_from_gen_expression()))
