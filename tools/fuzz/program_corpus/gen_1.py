#~
try:
    assert False > None, "assertion 800"
    print("assert ok")
except (AssertionError, TypeError) as e:
    print(type(e).__name__, e)
print(all([6, 4, 10, 8, 12, 3]), any([]), {'a' * 20: float('inf')} or [], 0.1 and -2**63, not '')
#~
def rec542(n):
    return 0 if n <= 0 else 1 + rec542(n - 1)
try:
    print(rec542(256 % 200))
except RecursionError:
    print("RecursionError")
#~
T55 = type("T55", (object,), {"a": -6, "f": lambda self: self.a << 1})
o55 = T55()
setattr(o55, "b", ('aAbB cC', [2**31]))
print(o55.f(), getattr(o55, "b"), hasattr(o55, "zz"), isinstance(o55, T55), sorted(vars(o55)))
print(type(-1).__name__, callable(o55.f), eval("10 ** 2"))
#~
x233 = -7.25
print(round(x233, 1), float(repr(x233)) == x233, f"{x233:.7f}", f"{x233:e}")
print(x233.is_integer(), int(x233) if x233 == x233 and abs(x233) < 1e300 else None)
#~
def fin316(n):
    out = []
    for i in range(n):
        try:
            if i % 3 == 0:
                continue
            if i == 6:
                break
            out.append(i)
        finally:
            out.append(-i)
    return out
print(fin316(8))
