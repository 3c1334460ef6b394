# args, str() and repr() of exceptions with 0, 1 and several arguments.
cases = [ValueError(), ValueError("msg"), ValueError("a", 1), ValueError(42),
         KeyError("k"), KeyError(), KeyError("a", "b"), IndexError("i"),
         Exception(None), RuntimeError(""), TypeError([1, 2]), ZeroDivisionError("z"),
         StopIteration(5), SystemExit(3), AssertionError("x", "y"), OSError("o")]
for e in cases:
    print(type(e).__name__, "repr=" + repr(e), "str=" + str(e), "args=" + repr(e.args))
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
e = RuntimeError("one", "two")
print(e.args[0], len(e.args))
print(f"{ValueError('f')} {ValueError('f')!r}")
print([KeyError(1)], (Exception("t"),))
