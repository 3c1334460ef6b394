# Generated code with more than 65536 names or constants in one code object
# runs through the wide (prefixed) instruction forms.
import sys

N = 70000
lines = [f"v{i} = {i}.5" for i in range(N)]
lines.append("total = v0 + v69999")
lines.append("def f():\n    return v69999 + 1")
lines.append("import math")
lines.append("root = math.sqrt(16)")
lines.append("del v69998")
lines.append("class C:\n    c_last = v69997\n    c_sum = c_last + 1")
ns = {}
exec("\n".join(lines), ns)
print(ns["total"], ns["f"](), ns["root"], "v69998" in ns, ns["C"].c_sum)

# A function whose own names table is huge: wide global loads and stores.
body = ["def g():", "    global " + ", ".join(f"w{i}" for i in range(N))]
body += [f"    w{i} = {i}" for i in range(0, N, 1)]
body.append("    return w69999 - w1")
body.append("def h():\n    global w69999\n    del w69999")
ns2 = {}
exec("\n".join(body), ns2)
print(ns2["g"](), ns2["w12345"])
ns2["h"]()
print("w69999" in ns2)

# Errors from wide instructions name the generated line.
try:
    exec("\n".join(lines[:N] + ["missing_name_here"]), {})
except NameError as e:
    tb = e.__traceback__
    while tb.tb_next is not None:
        tb = tb.tb_next
    print(type(e).__name__, e, tb.tb_lineno)
try:
    exec("\n".join(lines[:N] + ["del not_defined_either"]), {})
except NameError as e:
    print(type(e).__name__, e)
