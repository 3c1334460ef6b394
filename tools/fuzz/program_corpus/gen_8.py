def deco507(f):
    calls = []
    def wrapper(*args, **kwargs):
        calls.append((args, tuple(sorted(kwargs))))
        return f(*args, **kwargs)
    wrapper.calls = calls
    return wrapper
@deco507
def f507(a, b=16, *rest, key=None, **kw):
    return (a, b, rest, key, sorted(kw.items()))
print(f507((True, None)), f507(1, 2, 3, key=None, z=False), len(f507.calls))
def deco846(f):
    calls = []
    def wrapper(*args, **kwargs):
        calls.append((args, tuple(sorted(kwargs))))
        return f(*args, **kwargs)
    wrapper.calls = calls
    return wrapper
@deco846
def f846(a, b=9, *rest, key=None, **kw):
    return (a, b, rest, key, sorted(kw.items()))
print(f846([[65535, -4, -5, -3, 11, 0]]), f846(1, 2, 3, key=0.0, z=([-5, 14, 8, 3, 11], float('nan'))), len(f846.calls))
class Err628(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
def risky628(x):
    if x >= 6:
        raise Err628(x)
    return x + 2**63
for v628 in []:
    try:
        r628 = risky628(v628)
    except Err628 as e:
        print("caught", e.code, e.args)
    except ArithmeticError as e:
        print("arith", type(e).__name__)
    else:
        print("ok", r628)
    finally:
        pass
a248, *b248, c248 = [] + [1, 2]
(x248, y248), z248 = ([14, 9, -1, -2], ('ünïcödé', 10)), {'a,b,,c': None}
print(a248, b248, c248, x248, y248, z248)
print(*[2, -1], sep=",", end="|\n")
print(f"{a248!r:>10}|{c248:#x}|{b248!s:.0}")
i297 = 0
while i297 < 4 * 10:
    i297 += 5 or 1
    if i297 % 7 == 0:
        continue
else:
    print("while done", i297)
for j297 in range(14 % 50):
    if j297 == 7:
        break
else:
    print("for done")
