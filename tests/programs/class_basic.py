# Class definition, __init__, instance and class attributes, methods.
class Point:
    dims = 2
    def __init__(self, x, y=0):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.dims, Point.dims)
q = p.moved(1, -1)
print(q.x, q.y, type(q).__name__, Point.__name__)
print(Point(5).y)
p.z = "dynamic"
print(p.z)
Point.dims = 3
print(p.dims, q.dims)
p.dims = "instance"
print(p.dims, q.dims, Point.dims)
print(Point.norm2(q))
class Empty:
    pass
e = Empty()
e.a = 1
print(e.a, isinstance(e, Empty))
