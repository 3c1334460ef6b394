# Subclasses of complex, bytes, tuple and str: construction, arithmetic
# results (the base type), overridden repr, extra attributes, isinstance.


class Z(complex):
    def __repr__(self):
        return f"Z({self.real}, {self.imag})"

    def norm2(self):
        return self.real ** 2 + self.imag ** 2


z = Z(3, 4)
print(repr(z), str(z), type(z).__name__, isinstance(z, complex))
print(z + 1, type(z + 1).__name__, z * 2, type(-z).__name__, abs(z))
print(z == complex(3, 4), z.norm2(), z.conjugate(), z.real, z.imag)
z.tag = "t"
print(z.tag, hash(z) == hash(complex(3, 4)))


class Plain(complex):
    pass


p = Plain("1+2j")
print(p, repr(p), type(p).__name__, p - 1j)


class Blob(bytes):
    def describe(self):
        return f"Blob of {len(self)} bytes"


b = Blob(b"abc")
print(b, repr(b), type(b).__name__, isinstance(b, bytes))
print(b + b"d", type(b + b"d").__name__, b[0], b[1:], type(b[1:]).__name__)
print(b.upper(), type(b.upper()).__name__, b.describe(), b == b"abc")
print(Blob([65, 66]), Blob(3), Blob("hé", "utf-8"), b.decode())
print(hash(b) == hash(b"abc"), b"ab" in b, list(b), len(b))


class Rec(bytes):
    def __new__(cls, payload, tag):
        self = super().__new__(cls, payload)
        self.tag = tag
        return self


r = Rec(b"xy", "T")
print(r, r.tag, type(r).__name__)


class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    @property
    def first(self):
        return self[0]


pr = Pair(1, 2)
print(pr, pr.first, type(pr).__name__, pr + (3,), type(pr + (3,)).__name__)


class Name(str):
    def shout(self):
        return self.upper() + "!"


n = Name("bob")
print(n, repr(n), n.shout(), type(n + "x").__name__, n == "bob", len(n))
