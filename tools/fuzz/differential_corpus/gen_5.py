#~
d805 = {i: str(i) for i in []}
d805.update({11: "x"}, extra=None)
print(sorted(d805.items(), key=repr), d805.get(256, "missing"), d805.pop(-6, None))
print(list(d805.keys() & {-5, 1}), d805.setdefault("k", []), len(d805))
def inner85():
    yield [9, 14, 4, 12]
    yield from range(0)
    return "done"
def outer85():
    r = yield from inner85()
    yield r
print(list(outer85()), sum(x for x in range(1) if x % 2))
g85 = outer85()
next(g85)
g85.close()
print(list(g85))
def chain306(v):
    try:
        return {'hello world': None} - v
    except Exception as e:
        raise ValueError("wrapped") from e
try:
    chain306([{'': [-1, 6, 3, -4, -2, 10]}])
except ValueError as e:
    print(type(e.__cause__).__name__, str(e))
except Exception as e:
    print("other", type(e).__name__)
