# __eq__/__hash__ interplay, __bool__ and __len__ truthiness.
class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        return isinstance(other, P) and self.x == other.x
print(P(1) == P(1), P(1) != P(2), P(1) == 1, P.__hash__ is None)
try:
    hash(P(1))
except TypeError as e:
    print(e)
try:
    {P(1)}
except TypeError as e:
    print(e)
class H(P):
    def __hash__(self):
        return hash(self.x)
s = {H(1), H(1), H(2)}
print(len(s), H(1) in s, {H(3): "v"}[H(3)])
class NoEq:
    pass
a = NoEq()
print(a == a, a == NoEq(), a != a, hash(a) == hash(a))
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class B:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
print(bool(L(0)), bool(L(3)), bool(B()), not L(0), "yes" if L(2) else "no", len(B()))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
class NegLen:
    def __len__(self):
        return -1
try:
    bool(NegLen())
except ValueError as e:
    print(e)
print(bool(object()), bool([]), bool(()), bool({}), bool(""), bool(0.0), bool(None), bool(" "), bool([0]))
class NE:
    def __eq__(self, o):
        return NotImplemented
print(NE() == NE(), NE() != 1, [NE()] == [NE()])
class Rev:
    def __eq__(self, o):
        print("Rev.__eq__ called")
        return True
print(1 == Rev(), Rev() == 1, "s" != Rev())
