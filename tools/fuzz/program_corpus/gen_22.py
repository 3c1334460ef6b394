s850 = '  padded  '
print(s850.upper(), s850.split(), s850[::-1], s850.find('abc'), s850.replace("a", '{}'))
print(s850.center(5 * 3, "*"), s850.encode("utf-8"), "%s|%r|%5d" % (s850, s850, -8))
print(s850.strip() if hasattr(s850, "splitlines") else None, "{}-{}".format(s850, len(s850)))
s679 = '\n\t x'
print(s679.upper(), s679.split(), s679[::-1], s679.find('aAbB cC'), s679.replace("a", '{}'))
print(s679.center(2 * 3, "*"), s679.encode("utf-8"), "%s|%r|%5d" % (s679, s679, 65535))
print(s679.isidentifier() if hasattr(s679, "copy") else None, "{}-{}".format(s679, len(s679)))
with_log570 = []
class Ctx570:
    def __enter__(self):
        with_log570.append("enter")
        return self
    def __exit__(self, t, v, tb):
        with_log570.append(t.__name__ if t else None)
        return False
try:
    with Ctx570() as c:
        -7 // 18
        raise OSError("x")
except Exception as e:
    with_log570.append("outer " + type(e).__name__)
print(with_log570)
def inner549():
    yield 1e-300
    yield from range(3)
    return "done"
def outer549():
    r = yield from inner549()
    yield r
print(list(outer549()), sum(x for x in range(6) if x % 2))
g549 = outer549()
next(g549)
g549.close()
print(list(g549))
