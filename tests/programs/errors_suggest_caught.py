# A caught error's message has no hint (it is only added to the printed
# report); AttributeError carries name and obj; far-off names get no hint.
class Point:
    def __init__(self):
        self.x = 1
        self.y = 2


p = Point()
try:
    p.z_coordinate
except AttributeError as e:
    print(e)
    print(e.name, type(e.obj).__name__)
try:
    undefined_thing
except NameError as e:
    print(e, e.name)
values = [1, 2]
print(p.totally_unrelated_name)
