# // % divmod with negative ints and floats.
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (1, -1), (-1, 3)]:
    print(a, b, a // b, a % b, divmod(a, b))
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2.0), (1.0, 0.1), (-1e-300, 1.0), (5, 0.5), (-0.0, 1.0), (0.0, -1.0)]:
    print(a, b, a // b, a % b, divmod(a, b))
print(-3 ** 2, (-3) ** 2, 2 ** -1, (-8) ** (1 / 3) if False else 0, 10 % 3.5, -10 % 3.5, 2 ** 0.5)
for a, b in [(1, 0), (1.0, 0), (1, 0.0)]:
    for op in ("//", "%", "divmod"):
        try:
            r = a // b if op == "//" else a % b if op == "%" else divmod(a, b)
        except ZeroDivisionError as e:
            print(op, e)
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(e)
print(float("inf") % 3 if False else "skip", 5 % float("inf"), -5 % float("inf"), divmod(-5, float("inf")))
