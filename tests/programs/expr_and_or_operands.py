# and/or return one of their operands, not necessarily a bool.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print("" or "default", "x" or "default")
print(None and "never", None or [])
print([] or {} or 0 or "last")
print([1] and (2,) and "all")
print(0 or 0.0 or "" or None)
def side(x):
    print("side", x)
    return x
print(side(0) and side(1))
print(side(1) or side(2))
print(side(1) and side(0) or side(3))
name = None
print(name or "anonymous")
x = 5
print(x > 3 and "big" or "small")
print(not "" , not "a", not None, not 0.0)
print(True and 1, False or 0, 1 and True)
