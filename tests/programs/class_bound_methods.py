# Bound methods keep their instance; methods stored and called later.
class Counter:
    def __init__(self, start):
        self.n = start
    def inc(self, by=1):
        self.n += by
        return self.n
c1 = Counter(0)
c2 = Counter(100)
f = c1.inc
g = c2.inc
print(f(), f(), g(5), c1.n, c2.n)
actions = [c1.inc, c2.inc, c1.inc]
print([a() for a in actions])
print(Counter.inc(c1, 10))
print(list(map(Counter(0).inc, [1, 2, 3])))
class Button:
    def __init__(self, label, handler):
        self.label = label
        self.handler = handler
    def click(self):
        return self.handler()
b = Button("ok", c1.inc)
print(b.click(), b.click())
m = "hello".upper
print(m())
push = [].append
print(push(1))
