from collections import Counter

c = Counter('abracadabra')
print(c)
print(c.most_common(2), c.most_common())
print(c['a'], c['z'], 'z' in c)
print(sorted(c.elements()))
c.update('aaz')
print(c)
c.subtract({'a': 10, 'q': 1})
print(c)
print(c.total())
d = Counter(a=3, b=1)
e = Counter(a=1, b=2, c=5)
print(d + e, d - e, d & e, d | e)
print(+Counter(a=2, b=-1, c=0), -Counter(a=2, b=-1))
d += e
print(d)
d -= Counter(c=10)
print(d)
print(Counter(), repr(Counter()))
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) == {'a': 1})
print(Counter(a=1) <= Counter(a=2), Counter(a=3) < Counter(a=2))
del c['a']
del c['never']
print(c)
print(isinstance(c, dict), len(c))
print(Counter({'x': 2, 'y': 5}))
try:
    Counter.fromkeys('abc')
except NotImplementedError as ex:
    print('NotImplementedError', ex)
words = 'the quick brown fox jumps over the lazy dog the end'.split()
print(Counter(words).most_common(3))
print(dict(Counter(words)))
