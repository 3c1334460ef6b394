# Special methods assigned to a class after its subclasses exist reach
# those subclasses too.


class Base(list):
    pass


class Child(Base):
    pass


class Grand(Child):
    pass


def custom_iter(self):
    yield 'custom'


c = Child([1, 2])
g = Grand([3])
print(list(c), [*g])
Base.__iter__ = custom_iter
print(list(c), tuple(g), [*c], sorted(g))
a, = Grand([9])
print(a)
x = []
x.extend(Child([5]))
print(x)


class T(tuple):
    pass


class TT(T):
    pass


T.__iter__ = lambda self: iter(['t'])
print(list(TT((1, 2, 3))))


# __getattribute__ assigned late.
class P:
    pass


class Q(P):
    pass


q = Q()
q.v = 1
print(q.v)
P.__getattribute__ = lambda self, name: 'intercepted ' + name
print(q.v, q.anything)
del P.__getattribute__
print(q.v)


# __del__ assigned late.
import gc


class R:
    pass


class RR(R):
    pass


obj = RR()
R.__del__ = lambda self: print('del', type(self).__name__)
del obj
gc.collect()
print('end')
