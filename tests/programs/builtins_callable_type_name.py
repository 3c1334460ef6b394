# type(x).__name__ for every builtin type; callable() on builtins.
import math
class User:
    pass
def f():
    pass
values = [1, 1.0, "s", True, None, [], (), {}, set(), range(1), f, print, User(), User, ValueError("x"), math, len, lambda: 0]
for v in values:
    print(type(v).__name__, callable(v))
print(type(type(1)).__name__, type(1) == int, type(1.0) == float)
