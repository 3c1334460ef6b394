import operator
from operator import itemgetter, attrgetter, methodcaller

print(operator.add(1, 2), operator.sub(5, 3), operator.mul('a', 3),
      operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3),
      operator.pow(2, 10), operator.neg(4), operator.pos(-4), operator.abs(-3))
print(operator.not_(0), operator.truth([]), operator.truth([1]),
      operator.eq(1, 1), operator.ne(1, 2), operator.lt(1, 2), operator.le(2, 2),
      operator.gt(1, 2), operator.ge(3, 2))
print(operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3),
      operator.invert(5), operator.inv(0), operator.lshift(1, 4), operator.rshift(16, 2))
print(operator.is_(None, None), operator.is_not(1, None),
      operator.index(7), operator.concat([1], [2]), operator.contains([1, 2], 2),
      operator.countOf([1, 2, 1], 1), operator.indexOf('abc', 'c'))
lst = [1, 2, 3]
operator.setitem(lst, 0, 'x')
operator.delitem(lst, 1)
print(lst, operator.getitem(lst, -1), operator.getitem('hello', slice(1, 3)))
x = [1]
y = operator.iadd(x, [2])
print(x, y is x, operator.iadd(1, 2), operator.imul('ab', 2), operator.isub(5, 1),
      operator.ior({1}, {2}), operator.iand(7, 3), operator.ixor(1, 3),
      operator.ifloordiv(9, 2), operator.itruediv(9, 2), operator.imod(9, 4),
      operator.ipow(3, 2), operator.ilshift(1, 2), operator.irshift(8, 1),
      operator.iconcat([0], [1]))
print(operator.length_hint([1, 2, 3]), operator.length_hint(5, 0),
      operator.length_hint(5, 9), operator.call(max, 3, 7))
for bad in [lambda: operator.index(1.5), lambda: operator.concat(1, 2),
            lambda: operator.add(1, 'a'), lambda: operator.getitem(5, 0)]:
    try:
        bad()
    except TypeError as ex:
        print('TypeError', ex)
try:
    operator.indexOf([1], 5)
except ValueError as ex:
    print('ValueError', ex)

g = itemgetter(1)
print(g([10, 20]), itemgetter(0, 2)('abc'), itemgetter('k')({'k': 'v'}))
print(g, itemgetter(0, 'a'))
data = [('b', 2), ('a', 2), ('c', 1)]
print(sorted(data, key=itemgetter(1, 0)), max(data, key=itemgetter(1)))


class Obj:
    def __init__(self, **kw):
        self.__dict__.update(kw)

    def greet(self, name, punct='!'):
        return 'hi ' + name + punct


o = Obj(a=1, b=Obj(c=3))
print(attrgetter('a')(o), attrgetter('b.c')(o), attrgetter('a', 'b.c')(o))
print(attrgetter('a'), attrgetter('a', 'b.c'))
try:
    attrgetter('zz')(o)
except AttributeError as ex:
    print('AttributeError', ex)
try:
    attrgetter(5)
except TypeError as ex:
    print('TypeError', ex)
mc = methodcaller('greet', 'bob', punct='?')
print(mc(o), methodcaller('upper')('abc'), mc)
print(methodcaller('split', ',')('a,b'))
print(list(map(operator.mul, [1, 2, 3], [4, 5, 6])))
print(operator.add.__name__, operator.__lt__ is operator.lt)
