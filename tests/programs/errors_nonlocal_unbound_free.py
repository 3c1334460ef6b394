# Reading a free variable before the enclosing function assigns it: NameError about the free variable.
def outer():
    def inner():
        nonlocal v
        v = 2
    inner()
    print(v)
    v = 1
outer()
