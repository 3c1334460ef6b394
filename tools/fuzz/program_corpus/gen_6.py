#~
def counter439(start=-4):
    n = start
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
c439 = counter439()
print([c439(k) for k in [13, 7]])
#~
i45 = 0
while i45 < 3 * 10:
    i45 += 8 or 1
    if i45 % 7 == 0:
        continue
else:
    print("while done", i45)
for j45 in range(-8 % 50):
    if j45 == 6:
        break
else:
    print("for done")
#~
def deco592(f):
    calls = []
    def wrapper(*args, **kwargs):
        calls.append((args, tuple(sorted(kwargs))))
        return f(*args, **kwargs)
    wrapper.calls = calls
    return wrapper
@deco592
def f592(a, b=3, *rest, key=None, **kw):
    return (a, b, rest, key, sorted(kw.items()))
print(f592(-0.0), f592(1, 2, 3, key=[0, -4, 0, 2, 3, 2**64 - 1], z=-1), len(f592.calls))
