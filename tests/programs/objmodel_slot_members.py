# __slots__ names become member descriptors on the class, as in CPython.
import weakref


class S:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = 1


print(S.a)
print(type(S.a).__name__)
s = S()
print(S.a.__get__(s), S.a.__get__(s, S))
print(S.a.__get__(None, S) is S.a)
S.b.__set__(s, 5)
print(s.b)
S.b.__delete__(s)
print(hasattr(s, 'b'))
try:
    S().b
except AttributeError as e:
    print('AttributeError:', e)
try:
    S.b.__get__(S())
except AttributeError as e:
    print('AttributeError:', e)
try:
    s.c = 3
except AttributeError as e:
    print('AttributeError:', e)
print([n for n in dir(S) if not n.startswith('__')])
print('__dict__' in dir(S), hasattr(s, '__dict__'), S.__slots__)
print(S.a.__name__, S.a.__qualname__, S.a.__objclass__.__name__, S.a.__doc__)
print(sorted(k for k in S.__dict__ if k != '__qualname__'))

# Deleting an unset slot says only the name.
del s.a
try:
    s.a
except AttributeError as e:
    print('AttributeError:', e)
try:
    del s.a
except AttributeError as e:
    print('AttributeError:', e)

# The descriptor checks the instance's type.
for call in (lambda: S.a.__get__(5), lambda: S.a.__set__(5, 1),
             lambda: S.a.__delete__('x')):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)


# Subclasses: __dict__ and __weakref__ in slots.
class T(S):
    __slots__ = ('__dict__', 'c')


t = T()
t.x = 1
t.c = 2
print(t.x, t.c, t.a, 'x' in t.__dict__)


class W(S):
    __slots__ = ['__weakref__']


w = W()
r = weakref.ref(w)
print(r() is w, W.__slots__)
try:
    weakref.ref(s)
except TypeError as e:
    print('TypeError:', e)


# Private names are mangled; a dict's keys are the names.
class P:
    __slots__ = ('__x', 'y')


pp = P()
pp._P__x = 4
print(pp._P__x, P._P__x, 'y' in P.__dict__, '__x' in P.__dict__)


class D:
    __slots__ = {'k': 'doc of k'}


print(D.k, D.__slots__)


class One:
    __slots__ = 'solo'


o = One()
o.solo = 9
print(o.solo, One.solo, One.__slots__)


# Subclasses of builtins.
class L(list):
    __slots__ = ('x',)


lst = L([1, 2])
lst.x = 3
print(lst, lst.x, L.x)
try:
    lst.y = 1
except AttributeError as e:
    print('AttributeError:', e)


class Dc(dict):
    __slots__ = ('k',)


dc = Dc(a=1)
dc.k = 2
print(dc, dc.k)


class I(int):
    __slots__ = ()


print(I(5) + 1)


class Tu(tuple):
    __slots__ = ()


print(Tu((1, 2)))


class E(Exception):
    __slots__ = ('z',)


e = E(1)
e.z = 3
e.other = 4
print(e.z, e.args, e.other)


# What CPython refuses.
def attempt(src):
    try:
        exec(src, {'__name__': 'm'})
        print('ok')
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)


attempt("class X(int): __slots__ = ('a',)")
attempt("class X(bytes): __slots__ = ('a',)")
attempt("class X(tuple): __slots__ = ('a',)")
attempt("class X(int): __slots__ = ('__dict__',)")
attempt("class X: __slots__ = ('1a',)")
attempt("class X: __slots__ = ('__dict__', '__dict__')")
attempt("class Y: pass\nclass X(Y): __slots__ = ('__dict__',)")
attempt("class Y: pass\nclass X(Y): __slots__ = ('__weakref__',)")
attempt("class X: __slots__ = 3")
attempt("class X: __slots__ = [1]")
attempt("class X:\n __slots__ = ('a',)\n a = 1")
attempt("class A: __slots__ = ('a',)\nclass B: __slots__ = ('b',)\n"
        "class C(A, B): pass")
attempt("class A: __slots__ = ('a',)\nclass B: __slots__ = ()\n"
        "class C(A, B): pass")
attempt("class A: __slots__ = ('a',)\nclass B: pass\nclass C(A, B): pass")
attempt("class X(str): __slots__ = ('a',)")
attempt("class X(float): __slots__ = ('a',)")
attempt("class X(list): __slots__ = ('a', '__weakref__')")


# A class attribute of a subclass hides the slot.
class A:
    __slots__ = ('a',)


class U(A):
    a = 5


u = U()
print(u.a)
