# `raise E` with a class (no message): stderr shows just the name.
def fail():
    raise RuntimeError
print("start")
fail()
