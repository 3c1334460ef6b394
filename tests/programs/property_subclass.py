class classproperty(property):
    def __get__(self, obj, cls=None):
        return self.fget(cls)
class A:
    _n = 5
    @classproperty
    def n(cls): return cls._n * 2
print(A.n, A().n)
class logged(property):
    def __init__(self, fget, label='x'):
        super().__init__(fget)
        self.label = label
    def __set__(self, obj, value):
        print('set', self.label, value)
        super().__set__(obj, value)
class B:
    def __init__(self): self._v = 0
    def _get(self): return self._v
    def _set(self, val): self._v = val
    v = logged(_get)
    v.fset_holder = _set
b = B()
print(b.v)
try:
    b.v = 3
except AttributeError as e:
    print('AE', e)
class C:
    @logged
    def w(self): return 'w'
c = C()
print(c.w, type(C.__dict__['w']).__name__, isinstance(C.__dict__['w'], property))
try: c.w = 1
except AttributeError as e: print('AE', e)
class plain(property): pass
class D:
    @plain
    def p(self): return 'pp'
    @p.setter
    def p(self, v): print('setting', v)
d = D(); print(d.p); d.p = 4; print(type(D.__dict__['p']).__name__)
print(A.__dict__['n'].fget.__name__, A.__dict__['n'].__doc__)

try:
    class Bad:
        @logged
        def v(self): return 1
        @v.setter
        def v(self, val): pass
except TypeError as e:
    print('TE', e)
class full(property):
    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        super().__init__(fget, fset, fdel, doc)
        self.made = True
class E:
    @full
    def q(self): return 1
    @q.setter
    def q(self, v): print('q set', v)
e = E(); e.q = 9; print(e.q, E.__dict__['q'].made, type(E.__dict__['q']).__name__)
