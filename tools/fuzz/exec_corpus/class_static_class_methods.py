# @staticmethod and @classmethod, called on the class and on instances.
class Shape:
    sides = 0
    registry = []
    def __init__(self, name):
        self.name = name
    @staticmethod
    def describe(n):
        return "shape with %d sides" % n
    @classmethod
    def create(cls, name):
        obj = cls(name)
        cls.registry.append(name)
        return obj
    @classmethod
    def side_count(cls):
        return cls.sides
class Triangle(Shape):
    sides = 3
print(Shape.describe(4), Shape("s").describe(5))
t = Triangle.create("tri")
print(type(t).__name__, t.name, Shape.registry)
print(Shape.side_count(), Triangle.side_count(), t.side_count())
s = Shape.create("generic")
print(type(s).__name__, Shape.registry)
class Util:
    @staticmethod
    def add(a, b=1):
        return a + b
print(Util.add(1), Util().add(1, 2), Util.add(a=5, b=5))
