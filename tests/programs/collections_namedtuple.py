from collections import namedtuple, ChainMap

Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, p.x, p.y, p[0], len(p))
print(p == (1, 2), isinstance(p, tuple), Point._fields)
x, y = p
print(x + y, p._asdict())
print(p._replace(y=5), Point._make([7, 8]))
print(Point(y=3, x=4), hash(p) == hash((1, 2)))
P3 = namedtuple('P3', 'a b c', defaults=[0, 1])
print(P3(5), P3(5, 6), P3._field_defaults)
R = namedtuple('R', ['ok', 'def', 'ok', '_x'], rename=True)
print(R._fields)
print(type(p).__name__, Point.__name__)
for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=2),
            lambda: Point(1, x=2), lambda: P3(), lambda: P3(1, 2, 3, 4),
            lambda: Point()]:
    try:
        bad()
    except TypeError as ex:
        print('TypeError', ex)
for bad in [lambda: namedtuple('T', ['a', 'a']),
            lambda: namedtuple('T', ['_a']),
            lambda: namedtuple('T', ['class']),
            lambda: namedtuple('1T', ['a']),
            lambda: p._replace(z=1)]:
    try:
        bad()
    except ValueError as ex:
        print('ValueError', ex)
try:
    Point._make([1])
except TypeError as ex:
    print('TypeError', ex)
try:
    p.x = 5
except AttributeError:
    print('AttributeError')
print(sorted([Point(2, 1), Point(1, 2)]))


class Sub(Point):
    def norm(self):
        return self.x * self.x + self.y * self.y


print(Sub(3, 4).norm(), Sub(3, 4))

cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], len(cm), sorted(cm))
cm['c'] = 4
print(cm.maps)
child = cm.new_child()
child['a'] = 9
print(child['a'], cm['a'], child.parents['a'])
print(cm)
try:
    cm['zz']
except KeyError as ex:
    print('KeyError', ex)
del cm['c']
print(cm.get('c', 'gone'), 'b' in cm)
print(cm.keys(), list(cm.items()), list(cm.values()))
print(cm == {'a': 1, 'b': 3}, cm | {'z': 0}, bool(ChainMap()), ChainMap())
print(cm.pop('a'), cm.setdefault('q', 7), cm.maps[0])
cm.update(u=1)
print(cm.maps[0], len(cm), cm.copy())
