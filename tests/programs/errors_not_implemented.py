# Uncaught NotImplementedError from an abstract-style method.
class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement area")
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s
for shape in [Square(3), Shape()]:
    print(shape.area())
