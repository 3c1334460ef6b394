# Closures see the variable, not its value at creation time.
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs2 = [lambda i=i: i for i in range(3)]
print([f() for f in funcs2])
def make():
    fs = []
    for j in range(3):
        def f(k=j):
            return k * 10
        fs.append(f)
    return fs
print([f() for f in make()])
def late():
    x = 1
    def get():
        return x
    x = 2
    return get
print(late()())
def builder():
    result = []
    def add(v):
        result.append(v)
    return add, result
add, res = builder()
add("a"); add("b")
print(res)
