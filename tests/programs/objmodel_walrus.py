# The walrus operator (PEP 572): scoping and SyntaxErrors.
data = [1, 5, 12, 3, 20]
if (n := len(data)) > 3:
    print(f"{n} elements")
big = [y for x in data if (y := x * 2) > 10]
print(big, y)

def running_total(values):
    total = 0
    partial = [total := total + v for v in values]
    return total, partial
print(running_total(range(5)))

i = 0
while (i := i + 1) < 4:
    print("loop", i)
print(i)
print([(z := 3), z], (a := 5, a))

def g(x):
    return x
print(g(w := 7), w)
m = {k: (last := v) for k, v in [(1, 2), (3, 4)]}
print(m, last)
print([[(q := j) for j in range(2)] for _ in range(2)], q)

def nested():
    [(inner := k) for k in "ab"]
    return inner
print(nested())

def uses_global():
    global gv
    [(gv := k) for k in range(3)]
uses_global()
print(gv)

lines = iter(["a", "b", ""])
while (line := next(lines)):
    print("line", line)

sources = [
    "[x := 1 for x in range(3)]",
    "x := 5",
    "(a.b := 1)",
    "[i for i in (j := [1])]",
    "class C:\n    [(q := 1) for _ in range(2)]",
    "[[(x := 1) for y in range(2)] for x in range(2)]",
    "def h():\n    (x[0] := 1)",
]
for src in sources:
    try:
        exec(src)
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno, e.offset)
