# `is` with a literal: CPython's compile-time SyntaxWarning on stderr.
x = 5
if x is 5 or x is not "a":
    print("yes")
def f(y):
    return y is () or y is None or y is ... or 1 is y
print(f(1), x is True)
