# Bare raise with no active exception: RuntimeError.
def f():
    raise
f()
