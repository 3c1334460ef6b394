"""Rational numbers (CPython's fractions module).

A Fraction is kept normalised: lowest terms, denominator positive. Mixed
arithmetic follows CPython: with ints the result is a Fraction, with floats
a float; comparisons with floats are exact; hash() agrees with int and
float for equal values.
"""

import math
import sys

__all__ = ['Fraction']

# sys.hash_info's values (the int hash is modulo the Mersenne prime 2**61-1).
_hash_info = getattr(sys, 'hash_info', None)
_HASH_MODULUS = _hash_info.modulus if _hash_info else (1 << 61) - 1
_HASH_INF = _hash_info.inf if _hash_info else 314159
del _hash_info


def _parse(text):
    """(numerator, denominator) of a decimal or "n/d" literal, or None."""
    s = text.strip().replace('_', '') if '__' not in text else None
    if not s or s.startswith('_') or s.endswith('_'):
        return None
    sign = 1
    if s[0] in '+-':
        if s[0] == '-':
            sign = -1
        s = s[1:]
    if '/' in s:
        num, _, den = s.partition('/')
        if not num.isdigit() or not den.strip().isdigit() or \
                den != den.strip() or not num.isascii() or not den.isascii():
            return None
        return sign * int(num), int(den)
    mantissa, exp = s, 0
    for marker in ('e', 'E'):
        if marker in s:
            mantissa, _, exp_text = s.partition(marker)
            body = exp_text[1:] if exp_text[:1] in '+-' else exp_text
            if not body.isdigit() or not body.isascii():
                return None
            exp = int(exp_text)
            break
    whole, dot, frac = mantissa.partition('.')
    if not (whole or frac) or (whole and not whole.isdigit()) or \
            (frac and not frac.isdigit()) or not mantissa.isascii():
        return None
    num = int(whole + frac) if (whole + frac) else 0
    den = 1
    exp -= len(frac)
    if exp >= 0:
        num *= 10 ** exp
    else:
        den = 10 ** -exp
    return sign * num, den


class Fraction:
    """Fraction(3, 4), Fraction('3/4'), Fraction('0.75'), Fraction(0.75)."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int or isinstance(numerator, int):
                self._numerator = int(numerator)
                self._denominator = 1
                return self
            if isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return self
            if isinstance(numerator, float):
                n, d = numerator.as_integer_ratio()
                self._numerator = n
                self._denominator = d
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r' %
                                     numerator)
                numerator, denominator = parsed
            elif hasattr(numerator, 'as_integer_ratio'):
                numerator, denominator = numerator.as_integer_ratio()
            else:
                raise TypeError("argument should be a string or a Rational "
                                "instance")
        elif isinstance(numerator, int) and isinstance(denominator, int):
            numerator, denominator = int(numerator), int(denominator)
        elif isinstance(numerator, (int, Fraction)) and \
                isinstance(denominator, (int, Fraction)):
            a = Fraction(numerator)
            b = Fraction(denominator)
            numerator = a._numerator * b._denominator
            denominator = a._denominator * b._numerator
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" %
                            (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        from decimal import Decimal
        if isinstance(dec, int):
            dec = Decimal(dec)
        elif not isinstance(dec, Decimal):
            raise TypeError(
                "%s.from_decimal() only takes Decimals, not %r (%s)" %
                (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction with denominator at most max_denominator
        (continued fractions, the best of two candidates)."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction(p1, q1, _normalize=False)
        return Fraction(p0 + k * p1, q0 + k * q1, _normalize=False)

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator,
                               self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # --- arithmetic ---

    def _coerce(self, other):
        """other as a Fraction, a float, or NotImplemented."""
        if isinstance(other, Fraction):
            return other
        if isinstance(other, int):
            return Fraction(other)
        if isinstance(other, float):
            return other
        return NotImplemented

    def _binary(self, other, op, reflected):
        o = self._coerce(other)
        if o is NotImplemented:
            return NotImplemented
        if isinstance(o, float):
            a, b = float(self), o
            if reflected:
                a, b = b, a
            return op(a, b, True)
        a, b = (o, self) if reflected else (self, o)
        return op(a, b, False)

    @staticmethod
    def _add(a, b, floats):
        if floats:
            return a + b
        na, da = a._numerator, a._denominator
        nb, db = b._numerator, b._denominator
        return Fraction(na * db + nb * da, da * db)

    @staticmethod
    def _sub(a, b, floats):
        if floats:
            return a - b
        na, da = a._numerator, a._denominator
        nb, db = b._numerator, b._denominator
        return Fraction(na * db - nb * da, da * db)

    @staticmethod
    def _mul(a, b, floats):
        if floats:
            return a * b
        return Fraction(a._numerator * b._numerator,
                        a._denominator * b._denominator)

    @staticmethod
    def _div(a, b, floats):
        if floats:
            return a / b
        if b._numerator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' %
                                    (a._numerator * b._denominator))
        return Fraction(a._numerator * b._denominator,
                        a._denominator * b._numerator)

    @staticmethod
    def _floordiv(a, b, floats):
        if floats:
            return a // b
        return (a._numerator * b._denominator) // \
            (a._denominator * b._numerator)

    @staticmethod
    def _mod(a, b, floats):
        if floats:
            return a % b
        da, db = a._denominator, b._denominator
        return Fraction((a._numerator * db) % (b._numerator * da), da * db)

    @staticmethod
    def _divmod(a, b, floats):
        if floats:
            return divmod(a, b)
        da, db = a._denominator, b._denominator
        div, n_mod = divmod(a._numerator * db, da * b._numerator)
        return div, Fraction(n_mod, da * db)

    def __add__(a, b):
        return a._binary(b, Fraction._add, False)

    def __radd__(a, b):
        return a._binary(b, Fraction._add, True)

    def __sub__(a, b):
        return a._binary(b, Fraction._sub, False)

    def __rsub__(a, b):
        return a._binary(b, Fraction._sub, True)

    def __mul__(a, b):
        return a._binary(b, Fraction._mul, False)

    def __rmul__(a, b):
        return a._binary(b, Fraction._mul, True)

    def __truediv__(a, b):
        return a._binary(b, Fraction._div, False)

    def __rtruediv__(a, b):
        return a._binary(b, Fraction._div, True)

    def __floordiv__(a, b):
        return a._binary(b, Fraction._floordiv, False)

    def __rfloordiv__(a, b):
        return a._binary(b, Fraction._floordiv, True)

    def __mod__(a, b):
        return a._binary(b, Fraction._mod, False)

    def __rmod__(a, b):
        return a._binary(b, Fraction._mod, True)

    def __divmod__(a, b):
        return a._binary(b, Fraction._divmod, False)

    def __rdivmod__(a, b):
        return a._binary(b, Fraction._divmod, True)

    def __pow__(a, b):
        if isinstance(b, int) or (isinstance(b, Fraction) and
                                  b._denominator == 1):
            power = int(b) if isinstance(b, int) else b._numerator
            if power >= 0:
                return Fraction(a._numerator ** power,
                                a._denominator ** power, _normalize=False)
            if a._numerator == 0:
                raise ZeroDivisionError('Fraction(%s, 0)' %
                                        a._denominator ** -power)
            if a._numerator > 0:
                return Fraction(a._denominator ** -power,
                                a._numerator ** -power, _normalize=False)
            return Fraction((-a._denominator) ** -power,
                            (-a._numerator) ** -power, _normalize=False)
        if isinstance(b, (float, Fraction)):
            return float(a) ** float(b)
        return NotImplemented

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, int):
            return Fraction(a) ** b
        if isinstance(a, float):
            return a ** float(b)
        return NotImplemented

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    __trunc__ = __int__

    def __float__(a):
        return a._numerator / a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            if remainder * 2 > self._denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        try:
            dinv = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            hash_ = _HASH_INF
        else:
            hash_ = hash(hash(abs(self._numerator)) * dinv)
        result = hash_ if self._numerator >= 0 else -hash_
        return -2 if result == -1 else result

    # --- comparisons ---

    def _compare_key(self, other):
        """(self, other) as integers to compare, or None to fall back, or
        NotImplemented."""
        if isinstance(other, Fraction):
            return (self._numerator * other._denominator,
                    self._denominator * other._numerator)
        if isinstance(other, int):
            return (self._numerator, self._denominator * other)
        return NotImplemented

    def __eq__(a, b):
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == Fraction.from_float(b)
        key = a._compare_key(b)
        if key is NotImplemented:
            return NotImplemented
        return key[0] == key[1]

    def _richcmp(self, other, op):
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            other = Fraction.from_float(other)
        key = self._compare_key(other)
        if key is NotImplemented:
            return NotImplemented
        return op(key[0], key[1])

    def __lt__(a, b):
        return a._richcmp(b, lambda x, y: x < y)

    def __gt__(a, b):
        return a._richcmp(b, lambda x, y: x > y)

    def __le__(a, b):
        return a._richcmp(b, lambda x, y: x <= y)

    def __ge__(a, b):
        return a._richcmp(b, lambda x, y: x >= y)

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        return self.__copy__()


# CPython's Fraction derives from numbers.Rational; this one is registered
# (unless a host's import allowlist leaves numbers out: fractions itself
# is one of the pure-computation modules).
try:
    import numbers as _numbers
except ImportError:
    pass
else:
    _numbers.Rational.register(Fraction)
