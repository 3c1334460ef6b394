import copy

a = [1, [2, 3], {'k': [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
a[1].append('x')
a[2]['k'].append('y')
print(s, d, s[1] is a[1], d[1] is a[1])
t = (1, 2, (3, 4))
print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2])
print(copy.deepcopy(t2) is t2, copy.deepcopy(t2) == t2)
print(copy.copy({1: 2}), copy.copy({1, 2}), copy.deepcopy({'a': {1, 2}}), copy.copy(5), copy.deepcopy('s'))
r = [1]
r.append(r)
rc = copy.deepcopy(r)
print(rc[1] is rc, rc[1] is r, rc[0])
shared = [0]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is shared)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)


p = Point([1], 2)
pc = copy.copy(p)
pd = copy.deepcopy(p)
p.x.append(9)
print(pc, pd, type(pd).__name__, pc is p)


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = [1]


s1 = Slotted()
s2 = copy.deepcopy(s1)
s1.a.append(2)
print(s2.a, hasattr(s2, 'b'), copy.copy(s1).a is s1.a)


class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print('__copy__ called')
        return Custom(self.v + 1)

    def __deepcopy__(self, memo):
        print('__deepcopy__ called', type(memo).__name__)
        return Custom(copy.deepcopy(self.v, memo) * 10)


c = Custom(1)
print(copy.copy(c).v, copy.deepcopy(c).v)


class Reduced:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        return (Reduced, (self.v * 2,))


print(copy.copy(Reduced(3)).v, copy.deepcopy(Reduced(4)).v)


class State:
    def __init__(self):
        self.a = 1
        self.cache = 'big'

    def __getstate__(self):
        st = self.__dict__.copy()
        del st['cache']
        return st

    def __setstate__(self, st):
        self.__dict__.update(st)
        self.cache = 'rebuilt'


sc = copy.deepcopy(State())
print(sc.a, sc.cache)


class MyList(list):
    pass


ml = MyList([1, [2]])
ml.tag = 'T'
mc = copy.deepcopy(ml)
print(type(mc).__name__, mc, mc.tag, mc[1] is ml[1])
memo = {}
x = [1, 2]
y = copy.deepcopy([x, x], memo)
print(y[0] is y[1], id(x) in memo)
print(copy.copy(len) is len, copy.deepcopy(Point) is Point, copy.Error.__name__)
