# Comprehension scoping, closures in loops, nonlocal, late binding.
x = 10
lst = [x for x in range(3)]
print(x, lst)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
def outer():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    inc(); inc()
    return n, inc
print(outer()[0])
class K:
    y = 5
    vals = [y * 2 for _ in range(2)] if False else [1]
    z = [i for i in range(y)]
print(K.z, K.vals)
def gen_adders():
    adders = []
    for k in range(3):
        def add(v, k=k):
            return v + k
        adders.append(add)
    return adders
print([a(10) for a in gen_adders()])
print({k: [j for j in range(k)] for k in range(3)}, [[r * c for c in range(3)] for r in range(2)])
print([(a, b) for a in range(3) for b in range(a) if (a + b) % 2], [y for y in "abc" if y != "b"])
def counter():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    return bump
c1, c2 = counter(), counter()
print(c1(), c1(), c2(), c1())
try:
    [undefined_name for _ in range(1)]
except NameError as e:
    print(e)
def shadow():
    total = 1
    return [total + t for t in range(2)]
print(shadow())
