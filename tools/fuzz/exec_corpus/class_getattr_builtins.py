# getattr/setattr/hasattr with defaults; attribute errors.
class Obj:
    cls_attr = "from class"
    def __init__(self):
        self.a = 1
    def m(self):
        return "m called"
o = Obj()
print(getattr(o, "a"), getattr(o, "cls_attr"), getattr(o, "missing", "default"))
setattr(o, "b", 2)
print(o.b, hasattr(o, "b"), hasattr(o, "c"), hasattr(Obj, "m"))
print(getattr(o, "m")())
for name in ["x", "y", "z"]:
    setattr(o, name, name * 2)
print(o.x, o.y, o.z)
try:
    getattr(o, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    o.nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    Obj.nope
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(Obj, "cls_attr"), getattr(5, "nope", None))
setattr(Obj, "added", 42)
print(o.added)
try:
    "s".nope
except AttributeError as e:
    print("AttributeError:", e)
