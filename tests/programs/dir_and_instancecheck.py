# dir() asks type(obj).__dir__ (and a module's own __dir__); isinstance and
# issubclass ask any object whose class defines __instancecheck__ /
# __subclasscheck__, as CPython does.
import sys
import types
import typing


class Record:
    def __init__(self):
        self.alpha = 1
        self.beta = 2

    def __dir__(self):
        return ['zeta', 'alpha', 'beta', 'alpha']


print(dir(Record()))


class Extended:
    def __init__(self):
        self.x = 1

    def __dir__(self):
        return list(super().__dir__()) + ['virtual']


names = dir(Extended())
print('virtual' in names, 'x' in names, '__dir__' in names, names == sorted(names))


class Meta(type):
    def __dir__(cls):
        return ('b', 'a')


class WithMeta(metaclass=Meta):
    pass


print(dir(WithMeta))


class BadDir:
    def __dir__(self):
        return 42


try:
    dir(BadDir())
except TypeError as e:
    print('TypeError', e)

mod = types.ModuleType('plugin')
mod.visible = 1
mod.__dir__ = lambda: ['visible', 'computed']
print(dir(mod))
print([n for n in dir(object()) if not n.startswith('__')], '__dir__' in dir(object()))


class Even:
    def __instancecheck__(self, obj):
        return isinstance(obj, int) and obj % 2 == 0

    def __subclasscheck__(self, cls):
        return cls is bool


even = Even()
print(isinstance(4, even), isinstance(3, even), isinstance('x', (str, even)),
      issubclass(bool, even), issubclass(int, even))
print(isinstance([], typing.List), isinstance({}, typing.Dict),
      issubclass(list, typing.Sequence))
for spec in [3, 'str', None]:
    try:
        isinstance(1, spec)
    except TypeError as e:
        print('TypeError', e)
try:
    isinstance([], typing.List[int])
except TypeError as e:
    print('TypeError', e)
