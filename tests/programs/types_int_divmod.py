# divmod for ints and floats of all sign combinations.
for a in [17, -17]:
    for b in [5, -5]:
        print(a, b, divmod(a, b))
print(divmod(0, 7), divmod(7, 7), divmod(6, 7))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 0.5))
print(divmod(True, 2))
q, r = divmod(100, 7)
print(q, r, q * 7 + r)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
