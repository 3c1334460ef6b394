# Subclasses of int: the value lives in the instance; arithmetic gives plain
# ints; hashing, indexing, formatting and int() see the value.
class I(int):
    pass
a = I(5)
print(a, repr(a), type(a).__name__, isinstance(a, int), type(a + 1), a + 1, a * 2, -a, +a, ~a, abs(a), type(-a))
print(a == 5, 5 == a, a < 6, hash(a) == hash(5), int(a), type(int(a)), [10, 20, 30, 40, 50, 60][a], {5: 'five'}[a])
print(f"{a}", f"{a:04d}", "%d" % a, "%s" % a, format(a, 'x'), str(a), bool(I(0)), bool(a), I(), I("12"), I("ff", 16))
print(range(10)[a], list(range(a)), "abc" * I(2), [0] * I(3), divmod(a, 2), pow(a, 2), a ** 2, a / 2, a // 2, a % 3, a << 1, a >> 1, a & 1, a | 2, a ^ 1)
d = {a: 1}
print(d, d[5], 5 in d, a in [5], a in range(10), a.bit_length(), a.real, (2**70 + I(1)), I(2**70), type(I(2**70) - 1))
class Flags(int):
    def __new__(cls, v, name):
        self = super().__new__(cls, v)
        self.name = name
        return self
    def __repr__(self):
        return f"Flags({int(self)}, {self.name!r})"
    def __add__(self, other):
        return Flags(int(self) + int(other), self.name + "+")
f = Flags(3, "x")
print(f, repr(f), str(f), f + 1, 1 + f, f.name, f * 2, f"{f}", format(f, "d"))
class B(int):
    def __bool__(self): return False
print(bool(B(3)), not B(3), sorted([I(3), 1, I(2)]), max(I(3), 2), sum([I(1), I(2)]), round(I(7)), I(7).__index__())
import operator
print(operator.index(I(3)), hex(I(255)), bin(I(5)), oct(I(8)), chr(I(65)), I(3).to_bytes(2, 'big'), I.from_bytes(b'\x01', 'big'), type(I.from_bytes(b'\x01', 'big')))
try:
    class BB(bool): pass
except TypeError as e:
    print(e)
print(I.__mro__, vars(I(1)) if hasattr(I(1), '__dict__') else None)
x = I(4); x.tag = 'hi'; print(x.tag, x.__dict__)
class S(str):
    def __init__(self, v):
        super().__init__()
        self.n = 1
print(repr(S("abc")), S("abc").n)
class T(tuple):
    def __init__(self, v): self.k = len(v)
print(T([1, 2]), T([1,2]).k)
class R(int):
    def __repr__(self):
        return f"R({int(self)})"
print("%s %r %d" % (R(5), R(6), R(7)), "{} {!r}".format(R(1), R(2)), [R(3)], str(R(4)), f"{R(8)}")
