# Generator functions: next/send, return values, state, the iterator protocol.


def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "finished"


g = count(3)
print(type(g).__name__, type(g) is type(count(0)))
print(repr(g).startswith("<generator object count at 0x"))
print(g.__name__, g.__qualname__)
print(iter(g) is g, g.__iter__() is g)
print(next(g), g.__next__(), g.send(None))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", repr(e.value), e.args)
try:
    next(g)
except StopIteration as e:
    print("again", repr(e.value), e.args)
print(next(g, "default"))
print(next(count(2), "unused"))


def nested():
    def inner():
        yield 1
    return inner()


n = nested()
print(repr(n).split(" at ")[0], n.__qualname__)


class C:
    def items(self):
        yield from range(2)


print(repr(C().items()).split(" at ")[0])


def no_value():
    yield
    return


print(list(no_value()))
s = no_value()
next(s)
try:
    next(s)
except StopIteration as e:
    print("no value:", e.value, e.args)


def ret_tuple():
    return (1, 2)
    yield


try:
    next(ret_tuple())
except StopIteration as e:
    print("tuple value:", e.value, e.args)


def accumulate():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total


a = accumulate()
print(next(a), a.send(5), a.send(7))
try:
    a.send(None)
except StopIteration as e:
    print("total", e.value)


def running():
    yield r.gi_running


r = running()
print(r.gi_running, next(r), r.gi_running)


def args_kwargs(a, b=2, *rest, k=3, **kw):
    yield a
    yield b
    yield rest
    yield k
    yield kw


print(list(args_kwargs(1, 5, 6, 7, k=8, z=9)))
print(list(args_kwargs(0)))


def closure_counter():
    n = 0

    def bump():
        nonlocal n
        n += 1
        return n

    while n < 3:
        yield bump()


print(list(closure_counter()))
gens = [count(i) for i in range(4)]
print([list(x) for x in gens])
print([list(x) for x in gens])


def lam_gen():
    f = lambda: (yield 5)
    return f


lg = lam_gen()()
print(type(lg).__name__, next(lg))


def early_return(flag):
    yield 1
    if flag:
        return
    yield 2


print(list(early_return(True)), list(early_return(False)))


def infinite():
    i = 0
    while True:
        yield i
        i += 1


for v in infinite():
    if v > 4:
        break
    print(v, end=" ")
print()
it = infinite()
print([next(it) for _ in range(3)], next(it))
