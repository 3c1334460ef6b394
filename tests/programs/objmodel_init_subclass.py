# __init_subclass__ with class keywords, __class_getitem__, __set_name__.
class Plugin:
    registry = []
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)

class Alpha(Plugin, name="alpha-plugin"): pass
class Beta(Plugin): pass
class Gamma(Beta, name="g"): pass
print(Plugin.registry, Gamma.plugin_name, Beta.plugin_name)

try:
    class Bad(Plugin, unknown=1): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Plain(x=1): pass
except TypeError as e:
    print("TypeError:", e)

class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"
print(Box[int], Box[str])

class H: pass
try:
    H[int]
except TypeError as e:
    print("TypeError:", e)
print(list[int] is not None)

class Field:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
class Model:
    a = Field()
    b = Field()
print(Model.a.name, Model.b.name, Model.a.owner)
