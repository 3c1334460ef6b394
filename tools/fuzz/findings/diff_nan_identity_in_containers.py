# Differential finding (program generator + CPython 3.11): containers
# compare and search their items with an identity shortcut first
# (PyObject_RichCompareBool), so the same NaN object equals itself there.
# interp prints False False False False 0 False / False;
# CPython 3.11 prints True True True True 1 True / True.
n = float("nan")
print([n] == [n], (n,) == (n,), {1: n} == {1: n}, n in [n], [n].count(n),
      {"a": n} == {"a": n})
d = {"a": n}
print(d == d)
