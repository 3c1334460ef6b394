# Messages of generator misuse.


def g():
    yield 1


try:
    g().send(5)
except TypeError as e:
    print("TypeError:", e)


def reentrant():
    yield next(me)


me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
try:
    g().send()
except TypeError as e:
    print("TypeError:", e)
try:
    g().send(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    g().close(1)
except TypeError as e:
    print("TypeError:", e)
try:
    g().throw(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)
try:
    g().throw("text")
except TypeError as e:
    print("TypeError:", e)
try:
    g().nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    len(g())
except TypeError as e:
    print("TypeError:", e)
try:
    g()[0]
except TypeError as e:
    print("TypeError:", e)


def closes_itself():
    yield me2.close()


me2 = closes_itself()
try:
    next(me2)
except ValueError as e:
    print("ValueError:", e)


def throws_itself():
    yield me3.throw(KeyError)


me3 = throws_itself()
try:
    next(me3)
except ValueError as e:
    print("ValueError:", e)
e = g()
print(list(e), list(e), next(e, "empty"))


def deep(n):
    if n:
        yield from deep(n - 1)
    else:
        yield "bottom"


print(list(deep(100)))
try:
    list(deep(100000))
except RecursionError as e:
    print("RecursionError")
