# Comprehension scoping in class bodies and functions, default-argument capture.
class K:
    y = 5
    try:
        z = [y for _ in range(2)]
    except NameError as e:
        print("NameError:", e)
    w = [i * 2 for i in range(3)]
    v = {k: k for k in "ab"}
print(K.w, K.v)
x = "outer"
def f():
    x = "enclosing"
    return [x for _ in range(1)]
print(f())
def g():
    return [[i + j for j in range(2)] for i in range(2)]
print(g())
total = 0
for i in range(3):
    total += sum([j for j in range(i)])
print(total, i)
fs = {n: (lambda n=n: n * 10) for n in range(3)}
print({k: v() for k, v in fs.items()})
