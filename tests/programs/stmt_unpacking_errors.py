# Unpacking: starred targets, nested targets, and CPython's error messages.
a, (b, c), *d = 1, (2, 3), 4, 5
print(a, b, c, d)
first, *mid, last = "abcde"
print(first, mid, last)
*init, tail = [1]
print(init, tail)
for x, *y in [(1, 2, 3), (4,)]:
    print(x, y)
(p, q), r = "xy", 3
print(p, q, r)
cases = [
    "a, b = 1, 2, 3",
    "a, b, c = 1, 2",
    "a, b = 1",
    "a, *b, c = [1]",
    "a, b = 'xyz'",
    "(a, b), c = [1, 2], 3",
    "a, b = None",
]
for src in cases:
    try:
        exec(src) if False else None
    except Exception as e:
        print(e)
def t1():
    a, b = 1, 2, 3
def t2():
    a, b, c = [1, 2]
def t3():
    a, b = 5
def t4():
    a, *b, c = [1]
def t5():
    (a, b), c = [1, 2, 3], 4
def t6():
    a, b = {"k": 1}
for t in (t1, t2, t3, t4, t5, t6):
    try:
        t()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
k, v = {"k": 1}.popitem()
print(k, v)
i, j = j, i = 1, 2
print(i, j)
