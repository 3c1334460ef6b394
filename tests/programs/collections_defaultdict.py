from collections import defaultdict, OrderedDict

d = defaultdict(list)
d['a'].append(1)
d['a'].append(2)
d['b'].append(3)
print(d)
print(d['missing'], len(d))
print(d.default_factory, isinstance(d, dict))
n = defaultdict(int)
for ch in 'mississippi':
    n[ch] += 1
print(n, dict(n))
print(defaultdict(), defaultdict(None, {1: 2}))
x = defaultdict()
try:
    x['k']
except KeyError as ex:
    print('KeyError', ex)
try:
    defaultdict(5)
except TypeError as ex:
    print('TypeError', ex)
print(n.get('zzz'), 'zzz' in n)
cp = n.copy()
cp['new'] += 1
print(type(cp).__name__, cp['new'], 'new' in n)
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 3
print(nested['x']['y'], dict(nested['x']))

od = OrderedDict()
od['b'] = 1
od['a'] = 2
od['c'] = 3
print(od)
od.move_to_end('b')
print(list(od))
od.move_to_end('b', last=False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(), OrderedDict([(1, 2)]))
o1 = OrderedDict([('a', 1), ('b', 2)])
o2 = OrderedDict([('b', 2), ('a', 1)])
print(o1 == o2, o1 == dict(o2), dict(o1) == dict(o2))
print(OrderedDict.fromkeys('xyz', 0))
try:
    OrderedDict().popitem()
except KeyError as ex:
    print('KeyError', ex)
try:
    o1.move_to_end('zz')
except KeyError as ex:
    print('KeyError', ex)
print(list(reversed(o1)), o1.copy())
