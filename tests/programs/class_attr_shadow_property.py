# Class attribute shadowing, properties with setters/deleters.
class Base:
    kind = "base"
    count = 0
    def __init__(self):
        Base.count += 1
class Child(Base):
    kind = "child"
a, b = Base(), Child()
b.kind = "instance"
print(Base.kind, Child.kind, a.kind, b.kind, Base.count, Child.count, b.count)
del b.kind
print(b.kind)
Child.count = 100
print(Base.count, Child.count)
class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp(20)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print(e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print(e)
print(type(Temp.celsius).__name__, isinstance(Temp.__dict__["celsius"], property))
class Shadow:
    def method(self):
        return "method"
s = Shadow()
s.method = lambda: "instance attr"
print(s.method(), Shadow().method())
