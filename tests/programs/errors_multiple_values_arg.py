# A parameter given both by position and by keyword.
def f(a, b):
    return a
f(1, 2, b=3)
