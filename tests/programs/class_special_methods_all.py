# Special methods end to end: super() chains, repr/str fallbacks, __eq__/__hash__, ordering for sorted/min/max, truthiness, __getitem__ iteration, iterators, __call__, __contains__, arithmetic with NotImplemented, properties, class/static methods, exceptions, with.
class A:
    x = 1
    def f(self): return 'A.f'
    def g(self): return 'A.g'
class B(A):
    def f(self): return 'B.f>' + super().f()
class C(B):
    def f(self): return 'C.f>' + super().f()
    def g(self): return 'C.g>' + super(C, self).g()
c = C()
print(c.f(), c.g(), C.x, c.x)
c.x = 5; print(c.x, C.x, A.x)
print(type(c).__name__, C.__name__, type(C).__name__ if False else '', isinstance(c, A), issubclass(C, A), issubclass(A, C))
class P:
    pass
p = P()
print(str(p)[:22], repr(p)[:22])
print(repr(P)[:20], str(P), P)
print(type(A.f).__name__)
print(str(c.f)[:29])
class R:
    def __repr__(self): return 'R()'
print(R(), str(R()), [R()], f'{R()}', '%s %r' % (R(), R()))
class S:
    def __str__(self): return 'S-str'
print(S(), [S()][0].__str__(), str([S()])[:10])
class E:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, E) and self.v == o.v
print(E(1) == E(1), E(1) != E(1), E(1) != E(2), E.__hash__)
try:
    hash(E(1))
except TypeError as e:
    print(e)
try:
    {E(1)}
except TypeError as e:
    print(e)
class O:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f'O({self.v})'
print(sorted([O(3), O(1), O(2)]), max([O(3), O(1)]), min(O(3), O(1)), O(1) > O(2))
try:
    O(1) <= O(2)
except TypeError as e:
    print(e)
try:
    O(1) < 5
except AttributeError as e:
    print(e)
try:
    P() < P()
except TypeError as e:
    print(e)
try:
    P() < 1
except TypeError as e:
    print(e)
class T:
    def __init__(self, b, n): self.b, self.n = b, n
    def __bool__(self): return self.b
    def __len__(self): return self.n
print(bool(T(True, 0)), not T(False, 5))
class Ln:
    def __len__(self): return 0
print(bool(Ln()), len(Ln()), 'yes' if Ln() else 'no')
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print(e)
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
class G:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(G()), 20 in G(), [x for x in G()])
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(It()), sum(It()), sorted(It(), reverse=True))
class Cl:
    def __call__(self, *a, **k): return (a, k)
print(Cl()(1, 2, x=3), callable(Cl()))
class Co:
    def __contains__(self, x): return x == 42
print(42 in Co(), 1 in Co(), 1 not in Co())
class V:
    def __init__(self, x): self.x = x
    def __add__(self, o):
        if isinstance(o, V): return V(self.x + o.x)
        return NotImplemented
    def __radd__(self, o): return V(self.x + o + 1000) if isinstance(o, int) else NotImplemented
    def __sub__(self, o): return V(self.x - o.x)
    def __mul__(self, k): return V(self.x * k)
    def __repr__(self): return f'V({self.x})'
print(V(1) + V(2), 5 + V(1), V(5) - V(2), V(2) * 3, sum([V(1), V(2)], V(0)))
try:
    V(1) + 'a'
except TypeError as e:
    print(e)
try:
    3 * V(1)
except TypeError as e:
    print(e)
try:
    'a' + V(1)
except TypeError as e:
    print(e)
class Pr:
    def __init__(self): self._x = 0
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v): self._x = v * 2
    @property
    def ro(self): return 1
    @staticmethod
    def s(a): return a + 1
    @classmethod
    def c(cls, a): return (cls.__name__, a)
pr = Pr(); pr.x = 5
print(pr.x, Pr.s(1), pr.s(2), Pr.c(3), pr.c(4))
try:
    pr.ro = 3
except AttributeError as e:
    print(e)
try:
    del pr.ro
except AttributeError as e:
    print(e)
class MyErr(ValueError):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
class MyErr2(Exception):
    def __str__(self): return 'custom'
try:
    raise MyErr(3, 'bad')
except ValueError as e:
    print(e, e.args, e.code, repr(e), type(e).__name__)
print(MyErr2('x'), repr(MyErr2('x')), str(Exception()), repr(Exception()), repr(ValueError('a', 1)), str(KeyError('k')), str(KeyError('k', 2)))
print(Exception('a').args, Exception().args, repr(Exception('single')), str(Exception(1, 2)))
class W:
    def __enter__(self): print('enter'); return self
    def __exit__(self, t, v, tb): print('exit', t.__name__ if t else None, v); return True
with W() as w:
    raise ValueError('swallowed')
print('after')
with W():
    print('body')
