# __slots__: no __dict__, only the declared names.
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
p.x = 10
print(p.x, p.y, Point.__slots__, hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.__dict__
except AttributeError as e:
    print("AttributeError:", e)

class Empty:
    __slots__ = ()
try:
    Empty().a = 1
except AttributeError as e:
    print("AttributeError:", e)

class Point3(Point):
    __slots__ = "z"
q = Point3(1, 2)
q.z = 3
print(q.x, q.y, q.z)
try:
    q.w = 4
except AttributeError as e:
    print("AttributeError:", e)

class Loose(Point):
    pass
lo = Loose(1, 2)
lo.extra = "ok"
print(lo.extra, lo.x)

class Unset:
    __slots__ = ("a",)
try:
    Unset().a
except AttributeError as e:
    print("AttributeError:", e)
