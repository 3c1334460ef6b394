d = {'a': 1, 'b': 2, 'c': 3}
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(type(reversed(d.keys())).__name__, type(reversed(d)).__name__)
print(list(reversed({}.items())), next(reversed(d.items())))
for k, v in reversed(d.items()):
    print(k, v, end="; ")
print()
import collections
od = collections.OrderedDict(x=1, y=2)
print(list(reversed(od)), list(reversed(od.items())))
dd = collections.defaultdict(int, p=1, q=2)
print(list(reversed(dd.values())))
try:
    reversed({1, 2})
except TypeError as e:
    print(e)
