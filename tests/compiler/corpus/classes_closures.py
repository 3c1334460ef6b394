class A:
    x = 1
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v + A.x

class B(A):
    def __init__(self, v):
        super().__init__(v * 2)
        self.items = [i * i for i in range(v) if i % 2]

def outer():
    n = 0
    def inc(k=1, *, by=2):
        nonlocal n
        n += k * by
        return n
    return inc

with open("x") as f, lock:
    data = f.read()
s = f"{data!r:>10} and {len(data)}"
print(*[1, 2], sep="", **{"end": "\n"})
a, *b = [1, 2, 3]
d = {k: v for k, v in zip("ab", (1, 2))}
