# nonlocal rebinding across several levels, and shadowing rules.
def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "set by inner"
        inner()
        return x
    r = middle()
    return r, x
print(outer())
def shadow():
    x = 1
    def f():
        x = 2
        return x
    return f(), x
print(shadow())
def both():
    a = 0
    b = 0
    def step():
        nonlocal a, b
        a, b = b + 1, a + 2
    for _ in range(3):
        step()
    return a, b
print(both())
def counter_pair():
    n = 0
    def get():
        return n
    def inc():
        nonlocal n
        n += 1
    return get, inc
get, inc = counter_pair()
inc(); inc()
print(get())
