# __add__ __sub__ __mul__ on a small vector class.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __eq__(self, o):
        return self.x == o.x and self.y == o.y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
a = Vec(1, 2)
b = Vec(10, 20)
print(a + b, b - a, a * 3, a * 0.5)
print(a + b * 2 - a, (a + b) * 2 == Vec(22, 44))
c = a
c += b
print(c, a, c is a)
total = Vec(0, 0)
for v in [Vec(1, 1), Vec(2, 2), Vec(3, 3)]:
    total = total + v
print(total)
try:
    3 * a
except TypeError as e:
    print("TypeError:", e)
try:
    a + 1
except AttributeError as e:
    print("AttributeError:", e)
