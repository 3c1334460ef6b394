# del of a local that is not yet bound: UnboundLocalError.
def f():
    del x
    x = 1
f()
