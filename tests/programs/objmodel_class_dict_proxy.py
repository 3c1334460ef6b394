# A class's __dict__ (and vars(cls)) is a read-only mappingproxy.
class C:
    """Doc."""
    x = 1
    def m(self): return 2
d = C.__dict__
print(type(d), type(d).__name__, 'x' in d, d['x'], d.get('y', 'none'), sorted(k for k in d.keys() if not k.startswith('__')), len(d) > 2)
print(C.__dict__ is C.__dict__, C.__dict__ == C.__dict__, dict(d)['x'], 'm' in vars(C), type(vars(C)).__name__)
try:
    d['x'] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    del d['x']
except TypeError as e:
    print("TypeError:", e)
try:
    d.z = 1
except AttributeError as e:
    print("AttributeError:", e)
class E:
    a = 1
print(repr(E.__dict__)[:26], [k for k in E.__dict__ if not k.startswith('__')], [kv for kv in E.__dict__.items() if kv[0] == 'a'], bool(E.__dict__))
print(C.__dict__['m'](C()), C().__dict__, type(C().__dict__))
import types
print(type(E.__dict__) is types.MappingProxyType if hasattr(types, 'MappingProxyType') else True)
print(E.__dict__.copy()['a'], type(E.__dict__.copy()).__name__)
try:
    d['nope']
except KeyError as e:
    print("KeyError:", e)
