"""Decimal fixed and floating point arithmetic (General Decimal Arithmetic).

interp's decimal is written here in Python over the runtime's big ints
(GMP): Debian 12 does not package libmpdec, the library CPython's C
implementation sits on. Values, reprs, flags and the exceptions raised
follow CPython 3.11's C implementation (`_decimal`): a trapped condition
raises the signal's class with the list of trapped conditions as argument.

A number is a sign (0 or 1), an integer coefficient and an exponent, or a
special (infinity, quiet or signalling NaN with an integer payload).
Every operation collects the conditions it meets in a bit mask and hands
them to the context at the end, as libmpdec does.
"""

import math as _math
import sys as _sys
import numbers as _numbers
from collections import namedtuple as _namedtuple
import _decimal_arith
from _decimal_arith import (
    ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR,
    ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP, _FIN, _INF, _NAN, _SNAN, _St,
    _CLAMPED, _CONVERSION_SYNTAX, _DIV_BY_ZERO, _DIV_IMPOSSIBLE,
    _DIV_UNDEFINED, _FLOAT_OP, _IEEE_INVALID, _INEXACT, _INVALID_CONTEXT,
    _INVALID_OP, _OPS, _OVERFLOW, _ROUNDED, _ROUNDINGS, _SUBNORMAL,
    _UNDERFLOW, _add, _check_nans, _cmp_abs, _cmp_abs_total, _cmp_operand,
    _cmp_rational, _convert_new, _convert_op, _convert_op_raise, _div,
    _divmod, _drop_digits, _exp, _finalize, _finalize_copy, _format,
    _from_float, _int_to_dec, _invalid, _ln, _mul, _nan_result, _nd, _new,
    _next, _parse, _pow, _powmod, _rescale, _sqrt, _total_order, _type_name)

__version__ = '1.70'

HAVE_THREADS = True
HAVE_CONTEXTVAR = True
MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent')


# --- signals -------------------------------------------------------------

class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


# Conditions that are not signals of their own, in libmpdec's order.
_CONDITIONS = ((InvalidOperation, _INVALID_OP),
               (ConversionSyntax, _CONVERSION_SYNTAX),
               (DivisionImpossible, _DIV_IMPOSSIBLE),
               (DivisionUndefined, _DIV_UNDEFINED),
               (InvalidContext, _INVALID_CONTEXT))
# The signals in the order CPython lists them (flags and traps dicts).
_SIGNALS = ((InvalidOperation, _IEEE_INVALID),
            (FloatOperation, _FLOAT_OP),
            (DivisionByZero, _DIV_BY_ZERO),
            (Overflow, _OVERFLOW),
            (Underflow, _UNDERFLOW),
            (Subnormal, _SUBNORMAL),
            (Inexact, _INEXACT),
            (Rounded, _ROUNDED),
            (Clamped, _CLAMPED))
_SIGNAL_BITS = dict(_SIGNALS)
_BIT_NAMES = {_CLAMPED: 'Clamped', _DIV_BY_ZERO: 'DivisionByZero',
              _INEXACT: 'Inexact', _FLOAT_OP: 'FloatOperation',
              _OVERFLOW: 'Overflow', _ROUNDED: 'Rounded',
              _SUBNORMAL: 'Subnormal', _UNDERFLOW: 'Underflow'}


def _signal_names(bits):
    names = []
    invalid_done = False
    for j in range(15):
        b = bits & (1 << j)
        if not b:
            continue
        if b & _IEEE_INVALID:
            if invalid_done:
                continue
            invalid_done = True
            names.append('InvalidOperation')
        else:
            names.append(_BIT_NAMES[b])
    return '[' + ', '.join(names) + ']'


def _bits_of_signals(value, what):
    if isinstance(value, (list, tuple)):
        bits = 0
        for s in value:
            if s not in _SIGNAL_BITS:
                raise KeyError("invalid error flag")
            bits |= _SIGNAL_BITS[s]
        return bits
    if isinstance(value, (dict, _SignalDict)):
        keys = list(value.keys())
        if len(keys) != len(_SIGNALS) or any(
                s not in _SIGNAL_BITS for s in keys):
            raise KeyError("invalid signal dict")
        bits = 0
        for s, b in _SIGNALS:
            if value[s]:
                bits |= b
        return bits
    raise TypeError(what + " must be a list or a dict")


class _SignalDict:
    """The flags or traps of a context: a live view of its bit mask."""

    __slots__ = ('_ctx', '_attr')

    def __init__(self, ctx, attr):
        self._ctx = ctx
        self._attr = attr

    def _bits(self):
        return getattr(self._ctx, self._attr)

    def __getitem__(self, key):
        if key not in _SIGNAL_BITS:
            raise KeyError(key)
        return bool(self._bits() & _SIGNAL_BITS[key])

    def __setitem__(self, key, value):
        if key not in _SIGNAL_BITS:
            raise KeyError("invalid error flag")
        bits = self._bits()
        if value:
            bits |= _SIGNAL_BITS[key]
        else:
            bits &= ~_SIGNAL_BITS[key]
        setattr(self._ctx, self._attr, bits)

    def __delitem__(self, key):
        raise ValueError("signal keys cannot be deleted")

    def __len__(self):
        return len(_SIGNALS)

    def __iter__(self):
        return iter([s for s, _ in _SIGNALS])

    def __contains__(self, key):
        return key in _SIGNAL_BITS

    def keys(self):
        return [s for s, _ in _SIGNALS]

    def values(self):
        return [self[s] for s, _ in _SIGNALS]

    def items(self):
        return [(s, self[s]) for s, _ in _SIGNALS]

    def get(self, key, default=None):
        if key in _SIGNAL_BITS:
            return self[key]
        return default

    def copy(self):
        return dict(self.items())

    def __eq__(self, other):
        if isinstance(other, (_SignalDict, dict)):
            try:
                return dict(self.items()) == dict(other.items())
            except KeyError:
                return False
        return NotImplemented

    __hash__ = None

    def __repr__(self):
        return '{' + ', '.join('%r:%s' % (s, self[s])
                               for s, _ in _SIGNALS) + '}'


_MISSING = object()


# --- Decimal -----------------------------------------------------------------

class Decimal(object):
    """Floating point class for decimal arithmetic."""

    __slots__ = ('_sign', '_int', '_exp', '_special')

    def __new__(cls, value="0", context=None):
        if context is None:
            context = getcontext()
        elif not isinstance(context, Context):
            raise TypeError("optional argument must be a context")
        d = _convert_new(value, context)
        if cls is Decimal:
            return d
        obj = object.__new__(cls)
        obj._sign, obj._int, obj._exp, obj._special = (
            d._sign, d._int, d._exp, d._special)
        return obj

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            d = _new(1 if f < 0 else 0, abs(f), 0)
        elif isinstance(f, float):
            d = _from_float(f)
        else:
            raise TypeError("argument must be int or float")
        if cls is Decimal:
            return d
        return cls(d)

    # -- predicates and parts --

    def is_nan(self):
        return self._special >= _NAN

    def is_qnan(self):
        return self._special == _NAN

    def is_snan(self):
        return self._special == _SNAN

    def is_infinite(self):
        return self._special == _INF

    def is_finite(self):
        return self._special == _FIN

    def is_zero(self):
        return self._special == _FIN and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def is_canonical(self):
        return True

    def canonical(self):
        return self

    def is_normal(self, context=None):
        if self._special or not self._int:
            return False
        context = _ctx(context)
        return self.adjusted() >= context.Emin

    def is_subnormal(self, context=None):
        if self._special or not self._int:
            return False
        context = _ctx(context)
        return self.adjusted() < context.Emin

    def adjusted(self):
        if self._special:
            return 0
        return self._exp + _nd(self._int) - 1

    def radix(self):
        return Decimal(10)

    def number_class(self, context=None):
        context = _ctx(context)
        if self._special == _SNAN:
            return 'sNaN'
        if self._special == _NAN:
            return 'NaN'
        sign = '-' if self._sign else '+'
        if self._special == _INF:
            return sign + 'Infinity'
        if not self._int:
            return sign + 'Zero'
        if self.adjusted() < context.Emin:
            return sign + 'Subnormal'
        return sign + 'Normal'

    def as_tuple(self):
        if self._special == _INF:
            return DecimalTuple(self._sign, (0,), 'F')
        if self._special:
            digits = tuple(map(int, str(self._int))) if self._int else ()
            return DecimalTuple(self._sign, digits,
                                'n' if self._special == _NAN else 'N')
        return DecimalTuple(self._sign, tuple(map(int, str(self._int))),
                            self._exp)

    def as_integer_ratio(self):
        if self._special == _INF:
            raise OverflowError("cannot convert Infinity to integer ratio")
        if self._special:
            raise ValueError("cannot convert NaN to integer ratio")
        n = self._int
        if self._exp >= 0:
            n *= 10 ** self._exp
            d = 1
        else:
            d = 10 ** -self._exp
            g = _math.gcd(n, d)
            n //= g
            d //= g
        return (-n if self._sign else n), d

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    # -- conversions --

    def __bool__(self):
        return self._special != _FIN or self._int != 0

    def _to_int(self, rounding):
        if self._special == _INF:
            raise OverflowError("cannot convert Infinity to integer")
        if self._special:
            raise ValueError("cannot convert NaN to integer")
        if self._exp >= 0:
            n = self._int * 10 ** self._exp
        else:
            n, _ = _drop_digits(self._int, -self._exp, rounding, self._sign)
        return -n if self._sign else n

    def __int__(self):
        return self._to_int(ROUND_DOWN)

    __trunc__ = __int__

    def __floor__(self):
        return self._to_int(ROUND_FLOOR)

    def __ceil__(self):
        return self._to_int(ROUND_CEILING)

    def __float__(self):
        if self._special == _SNAN:
            raise ValueError("cannot convert signaling NaN to float")
        if self._special == _NAN:
            return float('-nan' if self._sign else 'nan')
        return float(str(self))

    def __complex__(self):
        return complex(float(self))

    def __round__(self, n=_MISSING):
        if n is not _MISSING:
            if not isinstance(n, int):
                raise TypeError("optional arg must be an integer")
            return self.quantize(_new(0, 1, -n))
        return self._to_int(ROUND_HALF_EVEN)

    def __hash__(self):
        if self._special == _SNAN:
            raise TypeError("Cannot hash a signaling NaN value")
        if self._special == _NAN:
            return object.__hash__(self)
        if self._special == _INF:
            return -314159 if self._sign else 314159
        modulus = _sys.hash_info.modulus
        if self._exp >= 0:
            h = self._int * pow(10, self._exp, modulus) % modulus
        else:
            h = self._int * pow(_TEN_INV, -self._exp, modulus) % modulus
        h = -h if self._sign else h
        return -2 if h == -1 else h

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    def __deepcopy__(self, memo):
        return self.__copy__()

    # -- strings --

    def __str__(self, eng=False, context=None):
        capitals = _ctx(context).capitals
        sign = '-' if self._sign else ''
        if self._special == _INF:
            return sign + 'Infinity'
        if self._special:
            payload = str(self._int) if self._int else ''
            return sign + ('NaN' if self._special == _NAN else
                           'sNaN') + payload
        digits = str(self._int)
        exp = self._exp
        left = exp + len(digits)  # digits before the point
        if exp <= 0 and left > -6:
            dot = left
        elif not eng:
            dot = 1
        elif self._int:
            dot = (left - 1) % 3 + 1
        else:
            dot = (left + 1) % 3 - 1
        if dot <= 0:
            intpart = '0'
            frac = '.' + '0' * -dot + digits
        elif dot >= len(digits):
            intpart = digits + '0' * (dot - len(digits))
            frac = ''
        else:
            intpart = digits[:dot]
            frac = '.' + digits[dot:]
        if left == dot:
            e = ''
        else:
            e = ('E' if capitals else 'e') + '%+d' % (left - dot)
        return sign + intpart + frac + e

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    def __repr__(self):
        return "Decimal('%s')" % self.__str__()

    def __format__(self, spec):
        return _format(self, spec, getcontext())

    # -- comparisons --

    def _cmp(self, other):
        """-1, 0 or 1 for finite or infinite self and other (no NaNs)."""
        if self._special == _INF or other._special == _INF:
            a = 0 if self._special != _INF else (-1 if self._sign else 1)
            b = 0 if other._special != _INF else (-1 if other._sign else 1)
            if a or b:
                return (a > b) - (a < b)
        if not self._int:
            if not other._int:
                return 0
            return 1 if other._sign else -1
        if not other._int:
            return -1 if self._sign else 1
        if self._sign != other._sign:
            return -1 if self._sign else 1
        r = _cmp_abs(self, other)
        return -r if self._sign else r

    def _rich(self, other, op, opname):
        other, rational = _cmp_operand(self, other, op)
        if other is NotImplemented:
            return NotImplemented
        if other is None:
            raise TypeError("'%s' not supported between instances of '%s' "
                            "and '%s'" % (opname, _type_name(self),
                                          _type_name(rational)))
        if rational is not None:
            return _cmp_rational(self, rational, op)
        if self._special >= _NAN or other._special >= _NAN:
            if op in ('eq', 'ne'):
                if self._special == _SNAN or other._special == _SNAN:
                    getcontext()._apply(_INVALID_OP)
                return op == 'ne'
            getcontext()._apply(_INVALID_OP)
            return False
        return _OPS[op](self._cmp(other))

    def __eq__(self, other):
        return self._rich(other, 'eq', '==')

    def __ne__(self, other):
        return self._rich(other, 'ne', '!=')

    def __lt__(self, other):
        return self._rich(other, 'lt', '<')

    def __le__(self, other):
        return self._rich(other, 'le', '<=')

    def __gt__(self, other):
        return self._rich(other, 'gt', '>')

    def __ge__(self, other):
        return self._rich(other, 'ge', '>=')

    def compare(self, other, context=None):
        context = _ctx(context)
        other = _convert_op_raise(other)
        st = _St()
        r = _check_nans(self, other, context, st)
        if r is None:
            c = self._cmp(other)
            r = _new(1 if c < 0 else 0, abs(c), 0)
        return context._apply(st, r)

    def compare_signal(self, other, context=None):
        context = _ctx(context)
        other = _convert_op_raise(other)
        st = _St()
        if self._special >= _NAN or other._special >= _NAN:
            st.f |= _INVALID_OP
        r = _check_nans(self, other, context, st)
        if r is None:
            c = self._cmp(other)
            r = _new(1 if c < 0 else 0, abs(c), 0)
        return context._apply(st, r)

    def compare_total(self, other, context=None):
        other = _convert_op_raise(other)
        c = _total_order(self, other)
        return _new(1 if c < 0 else 0, abs(c), 0)

    def compare_total_mag(self, other, context=None):
        other = _convert_op_raise(other)
        c = _total_order(self.copy_abs(), other.copy_abs())
        return _new(1 if c < 0 else 0, abs(c), 0)

    def same_quantum(self, other, context=None):
        other = _convert_op_raise(other)
        if self._special or other._special:
            return (self._special >= _NAN and other._special >= _NAN) or (
                self._special == _INF and other._special == _INF)
        return self._exp == other._exp

    def _minmax(self, other, context, want_max, mag):
        context = _ctx(context)
        other = _convert_op_raise(other)
        st = _St()
        if self._special >= _NAN or other._special >= _NAN:
            # A single quiet NaN loses to a number.
            if self._special == _NAN and other._special < _NAN:
                return context._apply(st, _finalize_copy(other, context,
                                                           st))
            if other._special == _NAN and self._special < _NAN:
                return context._apply(st, _finalize_copy(self, context,
                                                           st))
            return context._apply(st, _check_nans(self, other, context,
                                                    st))
        if mag:
            c = _cmp_abs_total(self, other)
            if c == 0:
                c = self._cmp(other)
        else:
            c = self._cmp(other)
        if c == 0:
            c = _total_order(self, other)
        pick = self if (c >= 0) == want_max else other
        return context._apply(st, _finalize_copy(pick, context, st))

    def max(self, other, context=None):
        return self._minmax(other, context, True, False)

    def min(self, other, context=None):
        return self._minmax(other, context, False, False)

    def max_mag(self, other, context=None):
        return self._minmax(other, context, True, True)

    def min_mag(self, other, context=None):
        return self._minmax(other, context, False, True)

    # -- sign operations --

    def copy_abs(self):
        return _new(0, self._int, self._exp, self._special)

    def copy_negate(self):
        return _new(1 - self._sign, self._int, self._exp, self._special)

    def copy_sign(self, other, context=None):
        other = _convert_op_raise(other)
        return _new(other._sign, self._int, self._exp, self._special)

    def _unary(self, context, sign):
        context = _ctx(context)
        st = _St()
        r = _check_nans(self, None, context, st)
        if r is None:
            if self._special == _INF:
                r = _new(sign, 0, 0, _INF)
            else:
                if not self._int and context.rounding != ROUND_FLOOR:
                    sign = 0
                elif not self._int:
                    sign = sign or self._sign if sign is not None else 0
                r = _finalize(sign, self._int, self._exp, context, st)
        return context._apply(st, r)

    def __neg__(self, context=None):
        if not self._special and not self._int:
            context = _ctx(context)
            sign = 1 if context.rounding == ROUND_FLOOR else 0
            st = _St()
            return context._apply(st, _finalize(sign, 0, self._exp,
                                                  context, st))
        return self._unary(context, 1 - self._sign)

    def __pos__(self, context=None):
        if not self._special and not self._int:
            context = _ctx(context)
            sign = (self._sign if context.rounding == ROUND_FLOOR else 0)
            st = _St()
            return context._apply(st, _finalize(sign, 0, self._exp,
                                                  context, st))
        return self._unary(context, self._sign)

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        if not self._special and not self._int:
            return self.__pos__(context).copy_abs()
        return self._unary(context, 0)

    # -- arithmetic --

    def __add__(self, other, context=None):
        b = _convert_op(self, other, '+')
        if b is NotImplemented:
            return b
        return _add(self, b, _ctx(context), 0)

    def __radd__(self, other, context=None):
        b = _convert_op(self, other, '+', True)
        if b is NotImplemented:
            return b
        return _add(b, self, _ctx(context), 0)

    def __sub__(self, other, context=None):
        b = _convert_op(self, other, '-')
        if b is NotImplemented:
            return b
        return _add(self, b, _ctx(context), 1)

    def __rsub__(self, other, context=None):
        b = _convert_op(self, other, '-', True)
        if b is NotImplemented:
            return b
        return _add(b, self, _ctx(context), 1)

    def __mul__(self, other, context=None):
        b = _convert_op(self, other, '*')
        if b is NotImplemented:
            return b
        return _mul(self, b, _ctx(context))

    def __rmul__(self, other, context=None):
        b = _convert_op(self, other, '*', True)
        if b is NotImplemented:
            return b
        return _mul(b, self, _ctx(context))

    def __truediv__(self, other, context=None):
        b = _convert_op(self, other, '/')
        if b is NotImplemented:
            return b
        return _div(self, b, _ctx(context))

    def __rtruediv__(self, other, context=None):
        b = _convert_op(self, other, '/', True)
        if b is NotImplemented:
            return b
        return _div(b, self, _ctx(context))

    def __floordiv__(self, other, context=None):
        b = _convert_op(self, other, '//')
        if b is NotImplemented:
            return b
        return _divmod(self, b, _ctx(context), 'q')

    def __rfloordiv__(self, other, context=None):
        b = _convert_op(self, other, '//', True)
        if b is NotImplemented:
            return b
        return _divmod(b, self, _ctx(context), 'q')

    def __mod__(self, other, context=None):
        b = _convert_op(self, other, '%')
        if b is NotImplemented:
            return b
        return _divmod(self, b, _ctx(context), 'r')

    def __rmod__(self, other, context=None):
        b = _convert_op(self, other, '%', True)
        if b is NotImplemented:
            return b
        return _divmod(b, self, _ctx(context), 'r')

    def __divmod__(self, other, context=None):
        b = _convert_op(self, other, 'divmod()')
        if b is NotImplemented:
            return b
        return _divmod(self, b, _ctx(context), 'qr')

    def __rdivmod__(self, other, context=None):
        b = _convert_op(self, other, 'divmod()', True)
        if b is NotImplemented:
            return b
        return _divmod(b, self, _ctx(context), 'qr')

    def __pow__(self, other, modulo=None, context=None):
        if modulo is not None:
            op = 'pow()'
        else:
            op = '** or pow()'
        b = _convert_op(self, other, op)
        if b is NotImplemented:
            return b
        context = _ctx(context)
        if modulo is not None:
            m = _convert_op(self, modulo, op)
            if m is NotImplemented:
                return m
            return _powmod(self, b, m, context)
        return _pow(self, b, context)

    def __rpow__(self, other, modulo=None, context=None):
        b = _convert_op(self, other, '** or pow()', True)
        if b is NotImplemented:
            return b
        return _pow(b, self, _ctx(context))

    def remainder_near(self, other, context=None):
        other = _convert_op_raise(other)
        return _divmod(self, other, _ctx(context), 'near')

    def fma(self, other, third, context=None):
        context = _ctx(context)
        other = _convert_op_raise(other)
        third = _convert_op_raise(third)
        st = _St()
        r = _check_nans(self, other, context, st)
        if r is None and third._special == _SNAN:
            st.f |= _INVALID_OP
            r = _nan_result(third, context)
        if r is None:
            if (self._special == _INF and not other._special and
                    not other._int) or (other._special == _INF and
                                         not self._special and not
                                         self._int):
                r = _invalid(st)
            elif third._special == _NAN:
                r = _nan_result(third, context)
        if r is not None:
            return context._apply(st, r)
        sign = self._sign ^ other._sign
        if self._special == _INF or other._special == _INF:
            product = _new(sign, 0, 0, _INF)
        else:
            product = _new(sign, self._int * other._int,
                           self._exp + other._exp)
        return _add(product, third, context, 0)

    def sqrt(self, context=None):
        return _sqrt(self, _ctx(context))

    def exp(self, context=None):
        return _exp(self, _ctx(context))

    def ln(self, context=None):
        return _ln(self, _ctx(context), False)

    def log10(self, context=None):
        return _ln(self, _ctx(context), True)

    def logb(self, context=None):
        context = _ctx(context)
        st = _St()
        r = _check_nans(self, None, context, st)
        if r is None:
            if self._special == _INF:
                r = _new(0, 0, 0, _INF)
            elif not self._int:
                st.f |= _DIV_BY_ZERO
                r = _new(1, 0, 0, _INF)
            else:
                a = self.adjusted()
                r = _finalize(1 if a < 0 else 0, abs(a), 0, context, st)
        return context._apply(st, r)

    def scaleb(self, other, context=None):
        context = _ctx(context)
        other = _convert_op_raise(other)
        st = _St()
        r = _check_nans(self, other, context, st)
        if r is None:
            if other._special or other._exp != 0:
                r = _invalid(st)
            else:
                n = -other._int if other._sign else other._int
                limit = 2 * (context.Emax + context.prec)
                if abs(n) > limit:
                    r = _invalid(st)
                elif self._special == _INF:
                    r = self
                else:
                    r = _finalize(self._sign, self._int, self._exp + n,
                                  context, st)
        return context._apply(st, r)

    def normalize(self, context=None):
        context = _ctx(context)
        st = _St()
        r = _check_nans(self, None, context, st)
        if r is None:
            if self._special == _INF:
                r = self
            else:
                r = _finalize(self._sign, self._int, self._exp, context, st)
                if not r._special:
                    c, e = r._int, r._exp
                    if not c:
                        e = 0
                    else:
                        top = context.Emax - context.prec + 1 \
                            if context.clamp else context.Emax
                        while c % 10 == 0 and e < top:
                            c //= 10
                            e += 1
                    r = _new(r._sign, c, e)
        return context._apply(st, r)

    def quantize(self, exp, rounding=None, context=None):
        context = _ctx(context)
        exp = _convert_op_raise(exp)
        if rounding is not None and rounding not in _ROUNDINGS:
            raise TypeError(_ROUNDING_MSG)
        st = _St()
        r = _check_nans(self, exp, context, st)
        if r is None:
            if self._special == _INF or exp._special == _INF:
                if self._special == _INF and exp._special == _INF:
                    r = self
                else:
                    r = _invalid(st)
            else:
                r = _rescale(self, exp._exp, context, st,
                             rounding or context.rounding, True)
        return context._apply(st, r)

    def _integral(self, rounding, context, exact):
        context = _ctx(context)
        if rounding is not None and rounding not in _ROUNDINGS:
            raise TypeError(_ROUNDING_MSG)
        st = _St()
        r = _check_nans(self, None, context, st)
        if r is None:
            if self._special or self._exp >= 0:
                r = self
            elif not self._int:
                r = _new(self._sign, 0, 0)
            else:
                c, inexact = _drop_digits(self._int, -self._exp,
                                          rounding or context.rounding,
                                          self._sign)
                r = _new(self._sign, c, 0)
                if exact:
                    st.f |= _ROUNDED
                    if inexact:
                        st.f |= _INEXACT
        return context._apply(st, r)

    def to_integral_value(self, rounding=None, context=None):
        return self._integral(rounding, context, False)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        return self._integral(rounding, context, True)

    # -- digit-wise operations --

    def _logical_digits(self, ctx):
        """The coefficient's digits padded to prec, or None if self is not
        a logical operand (finite, sign 0, exponent 0, digits 0 and 1)."""
        if self._special or self._sign or self._exp != 0:
            return None
        text = str(self._int)
        if len(text) > ctx.prec or text.strip('01'):
            return None
        return text.rjust(ctx.prec, '0')

    def _logical(self, other, context, fn):
        context = _ctx(context)
        other = _convert_op_raise(other)
        st = _St()
        a = self._logical_digits(context)
        b = other._logical_digits(context)
        if a is None or b is None:
            return context._apply(st, _invalid(st))
        digits = ''.join(fn(x, y) for x, y in zip(a, b))
        return _new(0, int(digits), 0)

    def logical_and(self, other, context=None):
        return self._logical(other, context,
                             lambda x, y: '1' if x == y == '1' else '0')

    def logical_or(self, other, context=None):
        return self._logical(other, context,
                             lambda x, y: '1' if '1' in (x, y) else '0')

    def logical_xor(self, other, context=None):
        return self._logical(other, context,
                             lambda x, y: '1' if x != y else '0')

    def logical_invert(self, context=None):
        context = _ctx(context)
        st = _St()
        a = self._logical_digits(context)
        if a is None:
            return context._apply(st, _invalid(st))
        return _new(0, int(''.join('1' if x == '0' else '0' for x in a)), 0)

    def _shift_digits(self, other, context, rotate):
        context = _ctx(context)
        other = _convert_op_raise(other)
        st = _St()
        r = _check_nans(self, other, context, st)
        if r is not None:
            return context._apply(st, r)
        prec = context.prec
        if other._special or other._exp != 0 or other._int > prec:
            return context._apply(st, _invalid(st))
        if self._special == _INF:
            return self
        n = -other._int if other._sign else other._int
        text = str(self._int)
        if len(text) > prec:
            text = text[-prec:]
        if rotate:
            text = text.rjust(prec, '0')
            n %= prec
            text = text[n:] + text[:n]
        elif n >= 0:
            text = (text + '0' * n)[-prec:]
        else:
            text = text[:n] or '0'
        return _new(self._sign, int(text), self._exp)

    def shift(self, other, context=None):
        return self._shift_digits(other, context, False)

    def rotate(self, other, context=None):
        return self._shift_digits(other, context, True)

    def next_plus(self, context=None):
        return _next(self, _ctx(context), 1)

    def next_minus(self, context=None):
        return _next(self, _ctx(context), -1)

    def next_toward(self, other, context=None):
        context = _ctx(context)
        other = _convert_op_raise(other)
        st = _St()
        r = _check_nans(self, other, context, st)
        if r is not None:
            return context._apply(st, r)
        c = self._cmp(other)
        if c == 0:
            return context._apply(0, self.copy_sign(other))
        r = _next(self, context, -1 if c > 0 else 1, apply=False)
        st.f = 0
        if r._special == _INF:
            st.f |= _OVERFLOW | _INEXACT | _ROUNDED
        elif not r._special and r.adjusted() < context.Emin:
            st.f |= _UNDERFLOW | _SUBNORMAL | _INEXACT | _ROUNDED
            if not r._int:
                st.f |= _CLAMPED
        return context._apply(st, r)


_TEN_INV = pow(10, _sys.hash_info.modulus - 2, _sys.hash_info.modulus)

_ROUNDING_MSG = ("valid values for rounding are:\n"
                 "  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                 "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n"
                 "   ROUND_05UP]")


def _ctx(context):
    if context is None:
        return getcontext()
    if not isinstance(context, Context):
        raise TypeError("optional argument must be a context")
    return context


# --- Context ------------------------------------------------------------------------

class Context(object):
    """The arithmetic context: precision, rounding, exponent limits,
    flags and traps."""

    __slots__ = ('_prec', '_rounding', '_emin', '_emax', '_capitals',
                 '_clamp', '_fbits', '_tbits', '_flags', '_traps')

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None):
        dc = _DEFAULT_VALUES if DefaultContext is None else DefaultContext
        self._prec = dc._prec if dc is not None else 28
        self._rounding = dc._rounding if dc is not None else ROUND_HALF_EVEN
        self._emin = dc._emin if dc is not None else -999999
        self._emax = dc._emax if dc is not None else 999999
        self._capitals = dc._capitals if dc is not None else 1
        self._clamp = dc._clamp if dc is not None else 0
        self._fbits = 0
        self._tbits = dc._tbits if dc is not None else (
            _IEEE_INVALID | _DIV_BY_ZERO | _OVERFLOW)
        self._flags = _SignalDict(self, '_fbits')
        self._traps = _SignalDict(self, '_tbits')
        if prec is not None:
            self.prec = prec
        if rounding is not None:
            self.rounding = rounding
        if Emin is not None:
            self.Emin = Emin
        if Emax is not None:
            self.Emax = Emax
        if capitals is not None:
            self.capitals = capitals
        if clamp is not None:
            self.clamp = clamp
        if traps is not None:
            self._tbits = _bits_of_signals(traps, "traps")
        if flags is not None:
            self._fbits = _bits_of_signals(flags, "flags")

    def _int_attr(self, value):
        if not isinstance(value, int):
            raise TypeError("an integer is required")
        return value

    @property
    def prec(self):
        return self._prec

    @prec.setter
    def prec(self, value):
        value = self._int_attr(value)
        if not 1 <= value <= MAX_PREC:
            raise ValueError("valid range for prec is [1, MAX_PREC]")
        self._prec = value

    @property
    def rounding(self):
        return self._rounding

    @rounding.setter
    def rounding(self, value):
        if not isinstance(value, str) or value not in _ROUNDINGS:
            raise TypeError(_ROUNDING_MSG)
        self._rounding = value

    @property
    def Emin(self):
        return self._emin

    @Emin.setter
    def Emin(self, value):
        value = self._int_attr(value)
        if not MIN_EMIN <= value <= 0:
            raise ValueError("valid range for Emin is [MIN_EMIN, 0]")
        self._emin = value

    @property
    def Emax(self):
        return self._emax

    @Emax.setter
    def Emax(self, value):
        value = self._int_attr(value)
        if not 0 <= value <= MAX_EMAX:
            raise ValueError("valid range for Emax is [0, MAX_EMAX]")
        self._emax = value

    @property
    def capitals(self):
        return self._capitals

    @capitals.setter
    def capitals(self, value):
        value = self._int_attr(value)
        if value not in (0, 1):
            raise ValueError("valid values for capitals are 0 or 1")
        self._capitals = value

    @property
    def clamp(self):
        return self._clamp

    @clamp.setter
    def clamp(self, value):
        value = self._int_attr(value)
        if value not in (0, 1):
            raise ValueError("valid values for clamp are 0 or 1")
        self._clamp = value

    @property
    def flags(self):
        return self._flags

    @flags.setter
    def flags(self, value):
        self._fbits = _bits_of_signals(value, "flags")

    @property
    def traps(self):
        return self._traps

    @traps.setter
    def traps(self, value):
        self._tbits = _bits_of_signals(value, "traps")

    def Etiny(self):
        return self._emin - self._prec + 1

    def Etop(self):
        return self._emax - self._prec + 1

    def radix(self):
        return Decimal(10)

    def clear_flags(self):
        self._fbits = 0

    def clear_traps(self):
        self._tbits = 0

    def copy(self):
        c = Context(self._prec, self._rounding, self._emin, self._emax,
                    self._capitals, self._clamp)
        c._fbits = self._fbits
        c._tbits = self._tbits
        return c

    __copy__ = copy

    def __reduce__(self):
        return (self.__class__, (
            self._prec, self._rounding, self._emin, self._emax,
            self._capitals, self._clamp,
            [s for s, b in _SIGNALS if self._fbits & b],
            [s for s, b in _SIGNALS if self._tbits & b]))

    def __repr__(self):
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, '
                'capitals=%d, clamp=%d, flags=%s, traps=%s)' % (
                    self._prec, self._rounding, self._emin, self._emax,
                    self._capitals, self._clamp,
                    _signal_names(self._fbits),
                    _signal_names(self._tbits)))

    def _apply(self, bits, result=None):
        """Record the conditions bits (an int or an operation's _St, read
        after the result was computed); raise if one is trapped."""
        if bits.__class__ is _St:
            bits = bits.f
        if bits:
            self._fbits |= bits
            trapped = bits & self._tbits
            if trapped:
                for sig, b in _SIGNALS:
                    if trapped & b:
                        break
                conds = []
                for cond, b in _CONDITIONS:
                    if trapped & b:
                        conds.append(cond)
                for s, b in _SIGNALS[1:]:
                    if trapped & b:
                        conds.append(s)
                raise sig(conds)
        return result

    # -- conversions --

    def create_decimal(self, num="0"):
        if isinstance(num, str):
            p = _parse(num)
            if p is None:
                return self._apply(_CONVERSION_SYNTAX, _new(0, 0, 0, _NAN))
            d = _new(*p)
        else:
            d = _convert_new(num, self)
        st = _St()
        if d._special >= _NAN:
            if d._int and _nd(d._int) > self._prec - self._clamp:
                st.f |= _CONVERSION_SYNTAX
                return self._apply(st, _new(0, 0, 0, _NAN))
            return d
        if d._special:
            return d
        return self._apply(st, _finalize(d._sign, d._int, d._exp, self, st))

    def create_decimal_from_float(self, f):
        d = Decimal.from_float(f)
        st = _St()
        if d._special:
            return d
        return self._apply(st, _finalize(d._sign, d._int, d._exp, self, st))

    def _conv(self, x):
        if isinstance(x, Decimal):
            return x
        if isinstance(x, int):
            return _int_to_dec(x)
        raise TypeError("conversion from %s to Decimal is not supported"
                        % type(x).__name__)

    # -- arithmetic, the context rounding every result --

    def abs(self, a):
        return self._conv(a).__abs__(context=self)

    def add(self, a, b):
        return _add(self._conv(a), self._conv(b), self, 0)

    def subtract(self, a, b):
        return _add(self._conv(a), self._conv(b), self, 1)

    def multiply(self, a, b):
        return _mul(self._conv(a), self._conv(b), self)

    def divide(self, a, b):
        return _div(self._conv(a), self._conv(b), self)

    def divide_int(self, a, b):
        return _divmod(self._conv(a), self._conv(b), self, 'q')

    def remainder(self, a, b):
        return _divmod(self._conv(a), self._conv(b), self, 'r')

    def divmod(self, a, b):
        return _divmod(self._conv(a), self._conv(b), self, 'qr')

    def remainder_near(self, a, b):
        return _divmod(self._conv(a), self._conv(b), self, 'near')

    def power(self, a, b, modulo=None):
        a = self._conv(a)
        b = self._conv(b)
        if modulo is not None:
            return _powmod(a, b, self._conv(modulo), self)
        return _pow(a, b, self)

    def minus(self, a):
        return self._conv(a).__neg__(context=self)

    def plus(self, a):
        return self._conv(a).__pos__(context=self)

    def fma(self, a, b, c):
        return self._conv(a).fma(b, c, context=self)

    def sqrt(self, a):
        return _sqrt(self._conv(a), self)

    def exp(self, a):
        return _exp(self._conv(a), self)

    def ln(self, a):
        return _ln(self._conv(a), self, False)

    def log10(self, a):
        return _ln(self._conv(a), self, True)

    def logb(self, a):
        return self._conv(a).logb(context=self)

    def scaleb(self, a, b):
        return self._conv(a).scaleb(b, context=self)

    def normalize(self, a):
        return self._conv(a).normalize(context=self)

    def quantize(self, a, b):
        return self._conv(a).quantize(b, context=self)

    def to_integral_value(self, a):
        return self._conv(a).to_integral_value(context=self)

    to_integral = to_integral_value

    def to_integral_exact(self, a):
        return self._conv(a).to_integral_exact(context=self)

    def compare(self, a, b):
        return self._conv(a).compare(b, context=self)

    def compare_signal(self, a, b):
        return self._conv(a).compare_signal(b, context=self)

    def compare_total(self, a, b):
        return self._conv(a).compare_total(b)

    def compare_total_mag(self, a, b):
        return self._conv(a).compare_total_mag(b)

    def max(self, a, b):
        return self._conv(a).max(b, context=self)

    def min(self, a, b):
        return self._conv(a).min(b, context=self)

    def max_mag(self, a, b):
        return self._conv(a).max_mag(b, context=self)

    def min_mag(self, a, b):
        return self._conv(a).min_mag(b, context=self)

    def logical_and(self, a, b):
        return self._conv(a).logical_and(b, context=self)

    def logical_or(self, a, b):
        return self._conv(a).logical_or(b, context=self)

    def logical_xor(self, a, b):
        return self._conv(a).logical_xor(b, context=self)

    def logical_invert(self, a):
        return self._conv(a).logical_invert(context=self)

    def shift(self, a, b):
        return self._conv(a).shift(b, context=self)

    def rotate(self, a, b):
        return self._conv(a).rotate(b, context=self)

    def next_plus(self, a):
        return self._conv(a).next_plus(context=self)

    def next_minus(self, a):
        return self._conv(a).next_minus(context=self)

    def next_toward(self, a, b):
        return self._conv(a).next_toward(b, context=self)

    def same_quantum(self, a, b):
        return self._conv(a).same_quantum(b)

    def copy_abs(self, a):
        return self._conv(a).copy_abs()

    def copy_negate(self, a):
        return self._conv(a).copy_negate()

    def copy_sign(self, a, b):
        return self._conv(a).copy_sign(b)

    def copy_decimal(self, a):
        return Decimal(self._conv(a))

    def canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError("argument must be a Decimal")
        return a

    def number_class(self, a):
        return self._conv(a).number_class(context=self)

    def to_sci_string(self, a):
        return self._conv(a).__str__(context=self)

    def to_eng_string(self, a):
        return self._conv(a).to_eng_string(context=self)

    def is_canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError("argument must be a Decimal")
        return True

    def is_finite(self, a):
        return self._conv(a).is_finite()

    def is_infinite(self, a):
        return self._conv(a).is_infinite()

    def is_nan(self, a):
        return self._conv(a).is_nan()

    def is_qnan(self, a):
        return self._conv(a).is_qnan()

    def is_snan(self, a):
        return self._conv(a).is_snan()

    def is_signed(self, a):
        return self._conv(a).is_signed()

    def is_zero(self, a):
        return self._conv(a).is_zero()

    def is_normal(self, a):
        return self._conv(a).is_normal(context=self)

    def is_subnormal(self, a):
        return self._conv(a).is_subnormal(context=self)


DefaultContext = None
_DEFAULT_VALUES = None
DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999,
                         Emax=999999, capitals=1, clamp=0, flags=[],
                         traps=[InvalidOperation, DivisionByZero, Overflow])
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, traps=[
    Clamped, InvalidOperation, DivisionByZero, Overflow, Underflow],
                       flags=[])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[],
                          flags=[])


# --- the current context, one per thread ---------------------------------------------

import threading as _threading

_local = _threading.local()


def getcontext():
    """The current thread's context (a copy of DefaultContext at first)."""
    try:
        return _local.context
    except AttributeError:
        ctx = DefaultContext.copy()
        ctx._fbits = 0
        _local.context = ctx
        return ctx


def setcontext(context):
    """Make context the current thread's context."""
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    if context is DefaultContext or context is BasicContext or \
            context is ExtendedContext:
        context = context.copy()
        context._fbits = 0
    _local.context = context


class _ContextManager(object):
    __slots__ = ('new_context', 'saved_context')

    def __init__(self, new_context):
        self.new_context = new_context

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


_LOCALCONTEXT_KEYS = ('prec', 'rounding', 'Emin', 'Emax', 'capitals',
                      'clamp', 'flags', 'traps')


def localcontext(ctx=None, **kwargs):
    """A context manager that makes a copy of ctx (or the current
    context) current in its block, with the keyword attributes set."""
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError("optional argument must be a context")
    new = ctx.copy()
    for key, value in kwargs.items():
        if key not in _LOCALCONTEXT_KEYS:
            raise TypeError("'%s' is an invalid keyword argument for this "
                            "function" % key)
        setattr(new, key, value)
    return _ContextManager(new)


_numbers.Number.register(Decimal)

_decimal_arith.bind(Decimal, getcontext)
