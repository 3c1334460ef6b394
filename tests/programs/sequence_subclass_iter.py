import collections, itertools
class Rev(tuple):
    def __iter__(self): return iter(reversed(tuple.__iter__(self).__class__ and list(tuple.__getitem__(self, slice(None)))))
r = Rev((1, 2, 3))
a, b, c = r; print(a, b, c)
x, *y = r; print(x, y)
print(list(r), tuple(r), [*r], sorted(r), sum(r), max(r), set(r) == {1, 2, 3})
for i in r: print(i, end=' ')
print()
class Ext(collections.namedtuple('Base', 'a b')):
    _fields = ('a', 'b', 'c')
    @property
    def c(self): return self.a + self.b
    def __iter__(self): return itertools.chain(super().__iter__(), (self.c,))
e = Ext(1, 2)
p, q, s = e; print(p, q, s, list(e), len(e))
P = collections.namedtuple('P', 'x y')
u, v = P(5, 6); print(u, v)
class L(list):
    def __iter__(self): return iter([9, 9])
m, n = L([1, 2]); print(m, n)
k, *rest = L([1, 2, 3]); print(k, rest)
