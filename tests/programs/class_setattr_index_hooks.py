# __setattr__/__delattr__ hooks with object.__setattr__, and __index__ in subscripts.
class Logged:
    def __init__(self, x):
        self.x = x
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)
o = Logged(1)
o.y = 2
o.x += 10
print(o.x, o.y, o.__dict__)
del o.y
print(hasattr(o, "y"))
for i in range(3):
    o.x = i
print(o.x)
class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: frozen")
f = Frozen(5)
try:
    f.v = 6
except AttributeError as e:
    print(e, f.v)
class Child(Logged):
    pass
c = Child(7)
c.z = 8
print(c.x, c.z)
try:
    object.__setattr__(c, 1, 2)
except TypeError as e:
    print(e)
class Idx:
    def __init__(self, i):
        self.i = i
    def __index__(self):
        return self.i
data = [10, 20, 30, 40]
print(data[Idx(1)], "abcd"[Idx(2)], (1, 2, 3)[Idx(-1)], range(10)[Idx(3)], data[Idx(1):Idx(3)], hex(Idx(255)))
data[Idx(0)] = 99
del data[Idx(3)]
print(data)
class BadIdx:
    def __index__(self):
        return "no"
try:
    data[BadIdx()]
except TypeError as e:
    print(e)
