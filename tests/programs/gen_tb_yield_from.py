# Tracebacks through yield from.


def leaf(n):
    yield n
    raise KeyError(n)


def middle():
    yield from leaf(1)


def top():
    x = yield from middle()
    return x


for v in top():
    print("value", v)
