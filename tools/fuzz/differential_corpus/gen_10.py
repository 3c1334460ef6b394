#~
def inner727():
    yield None
    yield from range(8)
    return "done"
def outer727():
    r = yield from inner727()
    yield r
print(list(outer727()), sum(x for x in range(1) if x % 2))
g727 = outer727()
next(g727)
g727.close()
print(list(g727))
def walrus595(seq):
    if (n := len(seq)) > 8:
        return n
    return [y for x in seq if (y := x ** 2) >= 9]
try:
    print(walrus595([]))
except (ArithmeticError, ValueError, TypeError) as e:
    print(type(e).__name__)
match_595 = None
print(match_595 is None, match_595 == match_595, repr(match_595)[:40])
def chain533(v):
    try:
        return [False] * v
    except Exception as e:
        raise ValueError("wrapped") from e
try:
    chain533([{'a' * 20: 'abc'}])
except ValueError as e:
    print(type(e.__cause__).__name__, str(e))
except Exception as e:
    print("other", type(e).__name__)
