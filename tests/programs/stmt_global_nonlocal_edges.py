# global/nonlocal declarations, shadowing, UnboundLocalError, del of names.
g = "global"
def read():
    return g
def shadow():
    g = "local"
    return g
def rebind():
    global g
    g = "rebound"
print(read(), shadow(), g)
rebind()
print(g)
def make():
    a = 1
    def mid():
        nonlocal a
        a += 1
        def inner():
            nonlocal a
            a *= 10
            return a
        return inner()
    return mid(), a
print(make())
def unbound():
    try:
        print(g)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    g = 2
unbound()
def new_global():
    global created
    created = "made"
new_global()
print(created)
def deleter():
    x = 1
    del x
    try:
        x
    except UnboundLocalError as e:
        print(e)
deleter()
y = 5
del y
try:
    y
except NameError as e:
    print(e)
def counter_factory():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = counter_factory()
inc(); inc(5)
print(get())
class C:
    attr = g
    def m(self):
        return attr if False else C.attr
print(C().m())
