# Reading a local before assignment raises UnboundLocalError (a NameError).
x = "global"
def f():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = "local"
    return x
print(f())
def g():
    try:
        y
    except NameError as e:
        print(type(e).__name__, isinstance(e, NameError), e)
    y = 1
g()
def h():
    del_me = 1
    del del_me
    try:
        return del_me
    except UnboundLocalError as e:
        return str(e)
print(h())
