# The special methods of list, dict, set, frozenset, bytearray and range
# as attributes, present exactly where CPython has them.


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)


names = ['__iadd__', '__imul__', '__radd__', '__add__', '__mul__',
         '__rmul__', '__ior__', '__and__', '__iand__', '__rand__', '__sub__',
         '__isub__', '__rsub__', '__xor__', '__ixor__', '__rxor__', '__len__',
         '__contains__', '__getitem__', '__iter__', '__reversed__',
         '__setitem__', '__delitem__', '__bool__']
for t in (list, dict, set, frozenset, bytearray, range, tuple):
    print(t.__name__, [n for n in names if hasattr(t, n)])
print([t.__name__ for t in (list, dict, set, bytearray, frozenset, range,
                            tuple) if t.__hash__ is None])

r = range(5)
print(r.__len__(), range.__contains__(r, 3), r.__getitem__(2))
print(list(r.__reversed__()), r.__eq__(range(5)), r.__ne__(range(4)))
print(range(0).__bool__(), r.__hash__() == hash(r), r.__iter__().__next__())

lst = [1]
print(lst.__iadd__([2]), lst.__imul__(2), list.__iadd__(lst, (3,)))
print(list(lst.__reversed__()), lst)
attempt(lambda: lst.__imul__('x'))
attempt(lambda: lst.__iadd__(5))

d = {1: 2}
print(d.__or__({3: 4}), d.__ior__({5: 6}), dict.__ror__(d, {0: 0}))
print(d.__or__(5), d.__ior__([(7, 8)]), list(d.__reversed__()))

s = {1}
print(s.__ior__({2}), s.__iand__({2, 3}), s.__isub__({2}), s.__ixor__({7}))
print(s.__ior__([1]), s.__rsub__({7, 8}), s.__rand__(frozenset([7])))

f = frozenset([1])
print(f.__or__(frozenset([2])), f.__and__({1}), f.__sub__({1}))
print(f.__hash__() == hash(f), f.__len__(), f.__contains__(1))
print(sorted(f.__iter__()), f.__eq__(frozenset([1])), f.__xor__({2}))

b = bytearray(b'ab')
print(b.__iadd__(b'c'), b.__imul__(2), b.__len__(), b.__getitem__(0))
b.__setitem__(0, 65)
b.__delitem__(-1)
print(b, b.__contains__(65), b.__add__(b'x'), b.__mul__(2))
print(b.__eq__(bytearray(b'Abcab')), b.__lt__(b'B'), b.__repr__())
attempt(lambda: b.__iadd__(5))


# super() reaches the builtin in-place operators.
class Log(list):
    def __iadd__(self, other):
        print('iadd', other)
        return super().__iadd__(other)


class Sset(set):
    def __ior__(self, other):
        print('ior', sorted(other))
        return super().__ior__(other)


lg = Log([1])
lg += [2, 3]
print(lg, type(lg).__name__)
ss = Sset({1})
ss |= {4}
print(sorted(ss), type(ss).__name__)
