# Special methods of the builtin types as attributes, as CPython 3.11 has
# them: found by dir() and hasattr(), callable through the type and bound
# to an instance, on exact instances and on subclass instances.

for name in ('__round__', '__floor__', '__ceil__', '__trunc__', '__int__',
             '__float__', '__index__', '__format__', '__divmod__',
             '__rdivmod__', '__getnewargs__', '__rlshift__', '__rrshift__'):
    print(name, [t.__name__ for t in (int, float, str) if name in dir(t)])
for name in ('__len__', '__getitem__', '__contains__', '__iter__', '__hash__',
             '__add__', '__mul__', '__rmul__', '__mod__', '__eq__', '__lt__'):
    print(name, hasattr(bytes, name), hasattr(b'x', name))
print(hasattr(1.5, '__floor__'), hasattr(1, '__floor__'), hasattr('x', '__floor__'))

# int.__round__ and float.__round__: what round() does.
print((7).__round__(), (15).__round__(-1), (25).__round__(-1),
      (-15).__round__(-1), (10**20 + 5).__round__(-1))
print(True.__round__(), type(True.__round__()).__name__)
print((2.5).__round__(), (3.5).__round__(), (2.675).__round__(2),
      (1234.5).__round__(-2), (2.5).__round__(None))
print(type((2.5).__round__()).__name__, type((2.5).__round__(0)).__name__)

# float's integral parts.
print(float.__floor__(-1.5), float.__ceil__(-1.5), float.__trunc__(-1.5),
      (2.7).__int__(), (2.5).__float__(), float.__getnewargs__(2.5),
      'ab'.__getnewargs__())
print((1e300).__floor__() == int(1e300), (-0.5).__ceil__())
for bad in (float('nan'), float('inf'), float('-inf')):
    for m in ('__floor__', '__ceil__', '__trunc__', '__int__'):
        try:
            getattr(bad, m)()
        except (ValueError, OverflowError) as e:
            print(m, type(e).__name__, e)

# divmod and the reflected shifts.
print(int.__divmod__(7, 2), int.__divmod__(-7, 2), int.__rdivmod__(2, 7),
      int.__divmod__(7, 2.0))
print(float.__divmod__(7.5, 2), float.__rdivmod__(2.0, 7.5),
      float.__divmod__(7.5, 'x'))
for call in (lambda: float.__divmod__(1.0, 0.0), lambda: int.__divmod__(1, 0)):
    try:
        call()
    except ZeroDivisionError as e:
        print(e)
print(int.__add__(2, 3), int.__add__(2, 3.0), int.__rlshift__(2, 1),
      int.__rrshift__(1, 8), int.__rlshift__(2, 'x'))

# __format__ of int, float and str.
print((5).__format__('03'), repr((5).__format__('')),
      (3.14159).__format__('.2f'), 'ab'.__format__('>5'),
      int.__format__(255, 'x'), float.__format__(1.0, ''))

# bytes' special methods.
b = b'abc'
print(bytes.__len__(b), b.__getitem__(1), b.__getitem__(slice(1, 3)),
      b.__contains__(b'bc'), list(b.__iter__()), b.__add__(b'd'),
      b.__mul__(2), b.__rmul__(2), bytes.__mod__(b'%d', 5))
print(b.__eq__(b'abc'), b.__lt__(b'abd'), bytes.__eq__(b'a', 'a'),
      bytes.__lt__(b'a', bytearray(b'b')), b.__hash__() == hash(b),
      bytes.__repr__(b))
try:
    bytes.__add__(b'a', 'x')
except TypeError as e:
    print(e)


# Subclasses reach the builtin behaviour.
class I(int):
    def __format__(self, spec):
        return 'I:' + int.__format__(self, spec)

    def __str__(self):
        return 'I!'


print(format(I(5), '03'), format(I(5), ''), I(7).__round__(),
      type(I(7).__round__()).__name__, divmod(I(7), 2), I(7).__divmod__(2))


class F(float):
    pass


f = F(2.5)
print(f.__floor__(), f.__round__(), round(f), round(f, 1),
      type(round(f, 1)).__name__, divmod(f, 2), f.__format__('.1f'))


class R(float):
    def __round__(self, n=None):
        return 'R.__round__'


print(round(R(1.5)), round(R(1.5), 1), float.__round__(R(1.5)))


class B(bytes):
    def __len__(self):
        return 99


print(len(B(b'ab')), bytes.__len__(B(b'ab')), B(b'ab').__getitem__(0))

print(getattr([1, 2, 3], '__len__')(), 'abc'.__getitem__(1),
      {1: 2}.__contains__(1), list.__len__([1]))

# Errors name the descriptor as CPython does.
for call in (lambda: int.__round__('x'), lambda: float.__floor__(1),
             lambda: (5).__format__(3), lambda: int.__round__(),
             lambda: (5).__round__(1, 2), lambda: (5).__round__(ndigits=1),
             lambda: (1.5).__floor__(1), lambda: str.__format__(1, ''),
             lambda: int.__divmod__(1), lambda: (7).__round__(None),
             lambda: bytes.__len__('x')):
    try:
        call()
    except TypeError as e:
        print(e)


# __getnewargs__ of str, tuple and bytes: the exact-type value.
class S(str):
    pass


class T(tuple):
    pass


print(S('a').__getnewargs__(), type(S('a').__getnewargs__()[0]).__name__,
      T((1,)).__getnewargs__(), B(b'x').__getnewargs__(),
      type(B(b'x').__getnewargs__()[0]).__name__, (1, 2).__getnewargs__())

# object's ordering comparisons answer NotImplemented.
print(object.__lt__(1, 2), object.__ge__(object(), 3),
      [n for n in ('__lt__', '__le__', '__gt__', '__ge__') if n in dir(object)])
for call in (lambda: object.__lt__(1), lambda: tuple.__getnewargs__('x')):
    try:
        call()
    except TypeError as e:
        print(e)
