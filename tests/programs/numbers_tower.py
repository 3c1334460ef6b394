# numbers: the ABC tower, the builtin registrations, abstract methods and
# the mixin methods a concrete subclass inherits.
import fractions
import numbers

for v in (1, True, 2.5, fractions.Fraction(1, 3), "1", None, [1]):
    print(repr(v), [c.__name__ for c in (numbers.Number, numbers.Complex,
                                         numbers.Real, numbers.Rational,
                                         numbers.Integral)
                    if isinstance(v, c)])
print(issubclass(bool, numbers.Integral), issubclass(float, numbers.Rational),
      issubclass(numbers.Integral, numbers.Number))
print([c.__name__ for c in numbers.Integral.__mro__])
print(numbers.__all__)
print(numbers.Number.__hash__)
for cls in (numbers.Complex, numbers.Real, numbers.Rational,
            numbers.Integral):
    print(cls.__name__, sorted(cls.__abstractmethods__))

try:
    numbers.Real()
except TypeError as e:
    print("TypeError:", e)


class Even(numbers.Integral):
    """Even numbers stored halved: a complete Integral."""

    def __init__(self, half):
        self.half = half

    def __int__(self):
        return 2 * self.half

    def __repr__(self):
        return "Even(%d)" % int(self)

    def _op(name):
        def f(self, other=None, *rest):
            a = int(self)
            b = int(other) if other is not None else None
            return getattr(a, name)(b) if b is not None else getattr(a, name)()
        return f
    for _n in ("__add__", "__radd__", "__mul__", "__rmul__", "__truediv__",
               "__rtruediv__", "__rpow__", "__floordiv__", "__rfloordiv__",
               "__mod__", "__rmod__", "__lt__", "__le__", "__eq__",
               "__lshift__", "__rlshift__", "__rshift__", "__rrshift__",
               "__and__", "__rand__", "__xor__", "__rxor__", "__or__",
               "__ror__"):
        locals()[_n] = _op(_n)
    del _n

    def __neg__(self):
        return Even(-self.half)

    def __pos__(self):
        return Even(self.half)

    def __abs__(self):
        return Even(abs(self.half))

    def __invert__(self):
        return ~int(self)

    def __pow__(self, e, mod=None):
        return pow(int(self), e, mod)

    def __trunc__(self):
        return int(self)

    def __floor__(self):
        return int(self)

    def __ceil__(self):
        return int(self)

    def __round__(self, ndigits=None):
        return int(self)

    def __hash__(self):
        return hash(int(self))


e = Even(3)
print(e, isinstance(e, numbers.Rational), float(e), e.numerator,
      e.denominator, e.real, e.imag, e.conjugate(), bool(e), bool(Even(0)))
print(e - 1, 10 - e, divmod(e, 4), divmod(20, e), [0, 1, 2, 3, 4, 5, 6][e])
print(e.__index__(), [10, 20, 30, 40, 50, 60, 70][Even(1):])


class Half(numbers.Rational):
    numerator = 1
    denominator = 2


try:
    Half()
except TypeError as e:
    print("TypeError:", e)
print(numbers.Rational.__float__(Half), numbers.Real.__divmod__(7.5, 2))
