# pass in every block kind; del of names, items, slices, attributes.
def nothing():
    pass
class Empty:
    pass
print(nothing(), type(Empty()).__name__)
for _ in range(2):
    pass
x = 1
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
lst = [0, 1, 2, 3, 4, 5]
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
class C:
    pass
c = C()
c.attr = 5
print(hasattr(c, "attr"))
del c.attr
print(hasattr(c, "attr"))
a, b = 1, 2
del a, b
try:
    print(a)
except NameError as e:
    print(e)
