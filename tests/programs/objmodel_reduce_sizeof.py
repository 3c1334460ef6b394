# object's protocol methods: __sizeof__ / sys.getsizeof, the copy and
# pickle reduction (__reduce_ex__, __reduce__, __getstate__) and
# __subclasshook__. Sizes are implementation details: only their
# properties are printed.
import copy
import copyreg
import pickle
import sys


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)


print(sys.getsizeof(object()) > 0, sys.getsizeof([1, 2, 3]) > 0)
print(sys.getsizeof([]) <= sys.getsizeof(list(range(100))))
print(object().__sizeof__() > 0, isinstance(sys.getsizeof('abc'), int))
attempt(lambda: sys.getsizeof())
attempt(lambda: sys.getsizeof(1, 2, 3))


class Big:
    def __sizeof__(self):
        return 10 ** 6


class Negative:
    def __sizeof__(self):
        return -1


class Floaty:
    def __sizeof__(self):
        return 1.5


class Broken:
    def __sizeof__(self):
        raise TypeError('no size')


print(sys.getsizeof(Big()) >= 10 ** 6)
attempt(lambda: sys.getsizeof(Negative()))
attempt(lambda: sys.getsizeof(Floaty()))
attempt(lambda: sys.getsizeof(Broken()))
print(sys.getsizeof(Broken(), 'fallback'))
print(sys.getsizeof(Broken(), default=7))

print(object.__subclasshook__(int), object.__subclasshook__())
print([n for n in ('__sizeof__', '__reduce_ex__', '__reduce__',
                   '__getstate__', '__subclasshook__', '__init_subclass__')
       if hasattr(object, n)])


class P:
    def __init__(self):
        self.x = 1
        self.y = [1, 2]


p = P()
rv = p.__reduce_ex__(2)
print(rv[0] is copyreg.__newobj__, rv[1:])
print(p.__reduce_ex__(4)[0].__name__)
rv = p.__reduce__()
print(rv[0] is copyreg._reconstructor, rv[1:])
print(p.__reduce_ex__(1)[1:])
print(p.__getstate__(), object().__getstate__())
attempt(lambda: p.__reduce_ex__('x'))
q = copy.copy(p)
print(q.x, q.y is p.y)
q = copy.deepcopy(p)
print(q.x, q.y is p.y, q.y)
for proto in range(6):
    r = pickle.loads(pickle.dumps(p, proto))
    print(proto, type(r).__name__, r.__dict__)


# A class extending the reduction through super().
class Tagged:
    def __init__(self, tag):
        self.tag = tag

    def __reduce_ex__(self, protocol):
        func, args, state, *rest = super().__reduce_ex__(protocol)
        state = dict(state)
        state['reduced'] = protocol
        return (func, args, state, *rest)


t = pickle.loads(pickle.dumps(Tagged('a'), 2))
print(t.tag, t.reduced)
print(copy.deepcopy(Tagged('b')).__dict__)


# __reduce__ of the class answers every protocol.
class Own:
    def __reduce__(self):
        return (Own, ())


print(Own().__reduce_ex__(2)[0] is Own)


# __getstate__ of the class is what the reduction saves.
class State:
    def __init__(self):
        self.a = 1
        self.b = 2

    def __getstate__(self):
        return {'a': self.a}


print(State().__reduce_ex__(2)[2])
s = pickle.loads(pickle.dumps(State()))
print(s.__dict__)


# Slots: the state is (None, {slot: value}).
class Slotted:
    __slots__ = ('a', 'b')


sl = Slotted()
sl.a = 5
print(sl.__reduce_ex__(2)[2], sl.__getstate__())
s2 = pickle.loads(pickle.dumps(sl))
print(s2.a, hasattr(s2, 'b'))
print(copy.copy(sl).a, copy.deepcopy(sl).a)
attempt(lambda: sl.__reduce_ex__(1))
