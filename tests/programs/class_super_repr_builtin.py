# super().__repr__/__str__ in subclasses of builtin types and exceptions, and type.__repr__(x) called directly, give the builtin type's own text.
class E(Exception):
    def __str__(self):
        return 'E: ' + super().__str__()
    def __repr__(self):
        return 'rep ' + super().__repr__()
print(str(E('msg')), repr(E('msg')))
class L(list):
    def __repr__(self):
        return 'L' + super().__repr__()
print(L([1, 2]), str(L()))
class D(dict):
    def __str__(self):
        return 'D' + super().__str__()
print(D(a=1), repr(D(a=1)))
class S(str):
    def __str__(self):
        return 'S' + super().__str__()
print(S('x'), str.__str__(S('y')), str.__repr__(S('z')))
class O:
    def __repr__(self):
        return 'O' + super().__repr__()[:10]
print(O())
print(int.__repr__(5), float.__repr__(2.5), list.__repr__([1]), tuple.__str__((1,)))
