i821 = 0
while i821 < 0 * 10:
    i821 += 1 or 1
    if i821 % 7 == 0:
        continue
else:
    print("while done", i821)
for j821 in range(12345678901234567890123 % 50):
    if j821 == 2:
        break
else:
    print("for done")
def deco512(f):
    calls = []
    def wrapper(*args, **kwargs):
        calls.append((args, tuple(sorted(kwargs))))
        return f(*args, **kwargs)
    wrapper.calls = calls
    return wrapper
@deco512
def f512(a, b=2, *rest, key=None, **kw):
    return (a, b, rest, key, sorted(kw.items()))
print(f512(True), f512(1, 2, 3, key=[13, -5, -1], z={'hello world': ['%s%d']}), len(f512.calls))
data950 = [7, 2, 4]
print([x // y for x in data950 for y in data950[:3] if x is y])
print({x: x * x for x in data950 if x})
print({x % 5 for x in data950}, sorted(set(data950) ^ {1, 2, 3}))
print(list(zip(data950, reversed(data950))), dict(enumerate(data950)))
def chain937(v):
    try:
        return False + v
    except Exception as e:
        raise ValueError("wrapped") from e
try:
    chain937({'a': -2**63})
except ValueError as e:
    print(type(e.__cause__).__name__, str(e))
except Exception as e:
    print("other", type(e).__name__)
l470 = [3, 3, 12, -1]
l470[0:2] = [11, 10, -3, 2]
del l470[::5 or 2]
l470.sort(key=lambda v: (v % 3, -v))
l470.extend(l470[:2])
print(l470, l470.count(6), l470.index(l470[0]) if l470 else -1, l470 * 2 < l470)
