"""The arithmetic under decimal.py: rounding, the operations and
formatting on (sign, coefficient, exponent) triples.

Nothing here is public: decimal.py re-exports the rounding names and
builds Decimal and Context on these functions. A result is made with
_new(), which needs the Decimal class; decimal.py hands it (and
getcontext, which comparisons with floats flag) to bind() once defined.
"""

import math as _math
import numbers as _numbers

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR,
              ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

_MAX_EMAX = 999999999999999999
_MIN_EMIN = -999999999999999999

Decimal = None
getcontext = None


def bind(decimal_class, getcontext_fn):
    global Decimal, getcontext
    Decimal = decimal_class
    getcontext = getcontext_fn


# Condition bits, numbered as libmpdec numbers them: the order of the names
# in a context's repr follows the bits.
_CLAMPED = 1
_CONVERSION_SYNTAX = 2
_DIV_BY_ZERO = 4
_DIV_IMPOSSIBLE = 8
_DIV_UNDEFINED = 16
_INEXACT = 64
_INVALID_CONTEXT = 128
_INVALID_OP = 256
_FLOAT_OP = 1024
_OVERFLOW = 2048
_ROUNDED = 4096
_SUBNORMAL = 8192
_UNDERFLOW = 16384
_IEEE_INVALID = (_CONVERSION_SYNTAX | _DIV_IMPOSSIBLE | _DIV_UNDEFINED |
                 32 | _INVALID_CONTEXT | _INVALID_OP | 512)

# --- digits and rounding ---------------------------------------------------

def _nd(c):
    """Number of decimal digits of the coefficient c >= 0 (0 has one)."""
    if c < 10:
        return 1
    n = int(c.bit_length() * 0.30102999566398120) - 1
    if n < 1:
        n = 1
    p = 10 ** n
    while p <= c:
        p *= 10
        n += 1
    return n


def _round_up(rounding, sign, q, r, d):
    """Whether dropping the remainder r (0 < r < d) of q calls for q + 1."""
    if rounding == ROUND_HALF_EVEN:
        r2 = 2 * r
        return r2 > d or (r2 == d and q & 1)
    if rounding == ROUND_HALF_UP:
        return 2 * r >= d
    if rounding == ROUND_DOWN:
        return False
    if rounding == ROUND_HALF_DOWN:
        return 2 * r > d
    if rounding == ROUND_UP:
        return True
    if rounding == ROUND_CEILING:
        return not sign
    if rounding == ROUND_FLOOR:
        return bool(sign)
    return q % 5 == 0  # ROUND_05UP


def _drop_digits(c, drop, rounding, sign):
    """c rounded to drop fewer digits: (coefficient, inexact)."""
    if drop <= 0:
        return c * 10 ** -drop, False
    nd = _nd(c)
    if drop > nd + 1:
        # Every digit goes: only "nonzero and below half a unit" matters.
        c, drop = (1 if c else 0), 1
    d = 10 ** drop
    q, r = divmod(c, d)
    if not r:
        return q, False
    if _round_up(rounding, sign, q, r, d):
        q += 1
    return q, True


class _St:
    """The conditions one operation met."""
    __slots__ = ('f',)

    def __init__(self):
        self.f = 0


# Special kinds.
_FIN, _INF, _NAN, _SNAN = 0, 1, 2, 3


def _new(sign, coef, exp, special=_FIN):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = coef
    d._exp = exp
    d._special = special
    return d


def _finalize(sign, c, e, ctx, st, rounding=None):
    """Round (sign, c, e) to the context's precision and exponent range."""
    prec = ctx.prec
    emax = ctx.Emax
    emin = ctx.Emin
    etiny = emin - prec + 1
    if rounding is None:
        rounding = ctx.rounding
    if c == 0:
        top = emax - prec + 1 if ctx.clamp else emax
        if e > top:
            e = top
            st.f |= _CLAMPED
        elif e < etiny:
            e = etiny
            st.f |= _CLAMPED
        return _new(sign, 0, e)
    nd = _nd(c)
    adj = e + nd - 1
    if adj > emax:
        return _overflow(sign, ctx, st, rounding)
    subnormal = adj < emin
    target = e + nd - prec  # smallest exponent that keeps prec digits
    if target < etiny:
        target = etiny
    if e < target:
        newc, inexact = _drop_digits(c, target - e, rounding, sign)
        if newc and _nd(newc) > prec:
            newc //= 10
            target += 1
        if newc and target + _nd(newc) - 1 > emax:
            return _overflow(sign, ctx, st, rounding)
        st.f |= _ROUNDED
        if inexact:
            st.f |= _INEXACT
            if subnormal:
                st.f |= _UNDERFLOW | _SUBNORMAL
                if not newc:
                    st.f |= _CLAMPED
        elif subnormal:
            st.f |= _SUBNORMAL
        return _new(sign, newc, target)
    if subnormal:
        st.f |= _SUBNORMAL
    if ctx.clamp:
        top = emax - prec + 1
        if e > top:
            st.f |= _CLAMPED
            c *= 10 ** (e - top)
            e = top
    return _new(sign, c, e)


def _overflow(sign, ctx, st, rounding):
    st.f |= _OVERFLOW | _INEXACT | _ROUNDED
    if rounding in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN,
                    ROUND_UP) or (rounding == ROUND_CEILING and not sign) or (
                        rounding == ROUND_FLOOR and sign):
        return _new(sign, 0, 0, _INF)
    return _new(sign, 10 ** ctx.prec - 1, ctx.Emax - ctx.prec + 1)


def _nan_result(d, ctx):
    """The quiet NaN an operation on NaN d gives (payload cut to fit)."""
    payload = d._int
    limit = ctx.prec - ctx.clamp
    if payload and _nd(payload) > limit:
        payload = 0
    return _new(d._sign, payload, 0, _NAN)


def _invalid(st):
    st.f |= _INVALID_OP
    return _new(0, 0, 0, _NAN)


def _check_nans(a, b, ctx, st):
    """The NaN result if a or b is a NaN, else None."""
    if a._special >= _NAN or (b is not None and b._special >= _NAN):
        if a._special == _SNAN:
            st.f |= _INVALID_OP
            return _nan_result(a, ctx)
        if b is not None and b._special == _SNAN:
            st.f |= _INVALID_OP
            return _nan_result(b, ctx)
        if a._special == _NAN:
            return _nan_result(a, ctx)
        return _nan_result(b, ctx)
    return None


# --- parsing ----------------------------------------------------------------

def _parse(s):
    """(sign, coefficient, exponent, special) of a numeric string, or None."""
    # The C module drops every underscore.
    s = s.strip().replace('_', '')
    if not s:
        return None
    sign = 0
    if s[0] in '+-':
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    low = s.lower()
    if low in ('inf', 'infinity'):
        return sign, 0, 0, _INF
    for prefix, kind in (('snan', _SNAN), ('nan', _NAN)):
        if low.startswith(prefix):
            rest = s[len(prefix):]
            if not rest:
                return sign, 0, 0, kind
            if not all(ch.isdigit() for ch in rest):
                return None
            return sign, int(rest), 0, kind
    mant = s
    exp = 0
    epos = low.find('e')
    if epos >= 0:
        mant = s[:epos]
        etext = s[epos + 1:]
        body = etext[1:] if etext[:1] in ('+', '-') else etext
        if not body or not all(ch.isdigit() for ch in body):
            return None
        exp = int(etext)
    dot = mant.find('.')
    if dot >= 0:
        intpart = mant[:dot]
        frac = mant[dot + 1:]
    else:
        intpart = mant
        frac = ''
    if not intpart and not frac:
        return None
    digits = intpart + frac
    if not all(ch.isdigit() for ch in digits):
        return None
    return sign, int(digits), exp - len(frac), _FIN


def _from_float(f):
    if f != f:
        return _new(1 if _math.copysign(1.0, f) < 0 else 0, 0, 0, _NAN)
    sign = 1 if _math.copysign(1.0, f) < 0 else 0
    if f in (_INF_FLOAT, -_INF_FLOAT):
        return _new(sign, 0, 0, _INF)
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1  # d is a power of two
    return _new(sign, n * 5 ** k, -k)


_INF_FLOAT = float('inf')


def _type_name(x):
    t = type(x)
    if t is Decimal:
        return 'decimal.Decimal'
    return t.__name__


_OPS = {'eq': lambda c: c == 0, 'ne': lambda c: c != 0,
        'lt': lambda c: c < 0, 'le': lambda c: c <= 0,
        'gt': lambda c: c > 0, 'ge': lambda c: c >= 0}

def _int_to_dec(n):
    return _new(1 if n < 0 else 0, abs(n), 0)


def _convert_new(value, context):
    if isinstance(value, Decimal):
        return _new(value._sign, value._int, value._exp, value._special)
    if isinstance(value, str):
        p = _parse(value)
        if p is None:
            return context._apply(_CONVERSION_SYNTAX, _new(0, 0, 0, _NAN))
        return _new(*p)
    if isinstance(value, int):
        return _int_to_dec(value)
    if isinstance(value, float):
        context._apply(_FLOAT_OP)
        return _from_float(value)
    if isinstance(value, (tuple, list)):
        return _from_tuple(value)
    raise TypeError("conversion from %s to Decimal is not supported"
                    % type(value).__name__)


def _from_tuple(value):
    if isinstance(value, list):
        value = tuple(value)
    if len(value) != 3:
        raise ValueError("argument must be a sequence of length 3")
    sign, digits, exp = value
    if not isinstance(sign, int) or sign not in (0, 1):
        raise ValueError("sign must be an integer with the value 0 or 1")
    special = _FIN
    if exp == 'F':
        return _new(sign, 0, 0, _INF)
    if exp == 'n':
        special = _NAN
    elif exp == 'N':
        special = _SNAN
    elif isinstance(exp, str):
        raise ValueError("string argument in the third position must be "
                         "'F', 'n' or 'N'")
    elif not isinstance(exp, int):
        raise ValueError("exponent must be an integer")
    if not isinstance(digits, (tuple, list)):
        raise ValueError("coefficient must be a tuple of digits")
    c = 0
    for dgt in digits:
        if not isinstance(dgt, int) or not 0 <= dgt <= 9:
            raise ValueError("coefficient must be a tuple of digits")
        c = c * 10 + dgt
    if special:
        return _new(sign, c, 0, special)
    return _new(sign, c, exp)


try:
    _complex = complex
except NameError:  # complex numbers are not part of every interp build
    _complex = None
_BUILTIN_OPERANDS = tuple(t for t in (float, _complex, str, bytes, list,
                                      tuple, dict, set, type(None))
                          if t is not None)
_NUMERIC_OPERANDS = tuple(t for t in (float, _complex) if t is not None)


def _convert_op(a, other, op, reflected=False):
    """other as a Decimal, or NotImplemented, or a TypeError as CPython's."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _int_to_dec(other)
    t = type(other)
    if t in _NUMERIC_OPERANDS or t.__name__ == 'Fraction' or (
            not reflected and op not in ('*', '%') and
            t in _BUILTIN_OPERANDS):
        # Their own methods do not handle Decimal either: the TypeError
        # the operator would raise, with the C module's type name (a class
        # written in Python is named without its module).
        names = (_type_name(other), _type_name(a)) if reflected else (
            _type_name(a), _type_name(other))
        raise TypeError("unsupported operand type(s) for %s: '%s' and '%s'"
                        % (op, names[0], names[1]))
    return NotImplemented


def _convert_op_raise(other):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _int_to_dec(other)
    raise TypeError("conversion from %s to Decimal is not supported"
                    % type(other).__name__)


def _cmp_operand(a, other, op):
    """(Decimal, None) or (Decimal, rational) for a comparison with other;
    (None, other) when the types do not compare; NotImplemented first."""
    if isinstance(other, Decimal):
        return other, None
    if isinstance(other, int):
        return _int_to_dec(other), None
    if isinstance(other, float):
        ctx = getcontext()
        if op in ('eq', 'ne'):
            ctx._fbits |= _FLOAT_OP
        else:
            ctx._apply(_FLOAT_OP)
        return _from_float(other), None
    if _complex is not None and isinstance(other, _complex):
        if op in ('eq', 'ne'):
            if other.imag == 0:
                ctx = getcontext()
                ctx._fbits |= _FLOAT_OP
                return _from_float(other.real), None
        return NotImplemented, None
    if isinstance(other, _numbers.Rational):
        return _new(0, 0, 0), other
    if type(other) in _BUILTIN_OPERANDS and op not in ('eq', 'ne'):
        return None, other
    return NotImplemented, None


def _cmp_rational(a, q, op):
    if a._special >= _NAN:
        if op in ('eq', 'ne'):
            if a._special == _SNAN:
                getcontext()._apply(_INVALID_OP)
            return op == 'ne'
        getcontext()._apply(_INVALID_OP)
        return False
    if a._special == _INF:
        c = -1 if a._sign else 1
    else:
        n, d = a.as_integer_ratio()
        lhs = n * q.denominator
        rhs = q.numerator * d
        c = (lhs > rhs) - (lhs < rhs)
    return _OPS[op](c)


def _cmp_abs(a, b):
    """Compare |a| and |b| for finite nonzero a and b."""
    ea = a._exp + _nd(a._int)
    eb = b._exp + _nd(b._int)
    if ea != eb:
        return 1 if ea > eb else -1
    # Same adjusted exponent: align the coefficients.
    if a._exp > b._exp:
        x, y = a._int * 10 ** (a._exp - b._exp), b._int
    else:
        x, y = a._int, b._int * 10 ** (b._exp - a._exp)
    return (x > y) - (x < y)


def _cmp_abs_total(a, b):
    if a._special == _INF or b._special == _INF:
        return (a._special == _INF) - (b._special == _INF)
    if not a._int or not b._int:
        return (a._int != 0) - (b._int != 0)
    return _cmp_abs(a, b)


def _total_order(a, b):
    """The total ordering of the specification, -1/0/1."""
    if a._sign != b._sign:
        return -1 if a._sign else 1
    sign = -1 if a._sign else 1
    rank = {_SNAN: 2, _NAN: 3, _INF: 1, _FIN: 0}
    ra, rb = rank[a._special], rank[b._special]
    if ra != rb:
        return sign * ((ra > rb) - (ra < rb))
    if a._special >= _NAN:
        return sign * ((a._int > b._int) - (a._int < b._int))
    if a._special == _INF:
        return 0
    c = a._cmp(b)
    if c:
        return c
    return sign * ((a._exp > b._exp) - (a._exp < b._exp))


def _finalize_copy(d, ctx, st):
    if d._special:
        return d
    return _finalize(d._sign, d._int, d._exp, ctx, st)


# --- operations ----------------------------------------------------------------

def _add(a, b, ctx, negate_b):
    st = _St()
    r = _check_nans(a, b, ctx, st)
    if r is not None:
        return ctx._apply(st, r)
    bsign = b._sign ^ negate_b
    if a._special == _INF or b._special == _INF:
        if a._special == _INF and b._special == _INF and a._sign != bsign:
            return ctx._apply(st, _invalid(st))
        sign = a._sign if a._special == _INF else bsign
        return ctx._apply(0, _new(sign, 0, 0, _INF))
    ac, ae, bc, be = a._int, a._exp, b._int, b._exp
    if not ac or not bc:
        e = min(ae, be)
        if not ac and not bc:
            if a._sign == bsign:
                sign = a._sign
            else:
                sign = 1 if ctx.rounding == ROUND_FLOOR else 0
            return ctx._apply(st, _finalize(sign, 0, e, ctx, st))
        sign, c, ce = (bsign, bc, be) if not ac else (a._sign, ac, ae)
        # The zero's exponent may lower the result's, within precision.
        shift = ce - e
        room = ctx.prec - _nd(c)
        if shift > room:
            # The exact sum's trailing zeros do not all fit.
            shift = max(room, 0)
            st.f |= _ROUNDED
        return ctx._apply(st, _finalize(sign, c * 10 ** shift, ce - shift,
                                          ctx, st))
    # An operand far below the other's last kept digit only matters as a
    # sticky nonzero: shrink it so alignment stays cheap.
    if ae >= be:
        hi_adj = ae + _nd(ac) - 1
        lim = hi_adj - ctx.prec - 2
        if min(ae, lim) > be + _nd(bc) - 1 + 1 and be < lim:
            bc, be = 1, lim - 1
    else:
        hi_adj = be + _nd(bc) - 1
        lim = hi_adj - ctx.prec - 2
        if min(be, lim) > ae + _nd(ac) - 1 + 1 and ae < lim:
            ac, ae = 1, lim - 1
    e = min(ae, be)
    x = ac * 10 ** (ae - e)
    y = bc * 10 ** (be - e)
    x = -x if a._sign else x
    y = -y if bsign else y
    s = x + y
    if s == 0:
        sign = 1 if ctx.rounding == ROUND_FLOOR else 0
        return ctx._apply(st, _finalize(sign, 0, e, ctx, st))
    return ctx._apply(st, _finalize(1 if s < 0 else 0, abs(s), e, ctx, st))


def _mul(a, b, ctx):
    st = _St()
    r = _check_nans(a, b, ctx, st)
    if r is not None:
        return ctx._apply(st, r)
    sign = a._sign ^ b._sign
    if a._special == _INF or b._special == _INF:
        if (a._special == _FIN and not a._int) or (
                b._special == _FIN and not b._int):
            return ctx._apply(st, _invalid(st))
        return _new(sign, 0, 0, _INF)
    return ctx._apply(st, _finalize(sign, a._int * b._int, a._exp + b._exp,
                                      ctx, st))


def _div(a, b, ctx):
    st = _St()
    r = _check_nans(a, b, ctx, st)
    if r is not None:
        return ctx._apply(st, r)
    sign = a._sign ^ b._sign
    if a._special == _INF:
        if b._special == _INF:
            return ctx._apply(st, _invalid(st))
        return _new(sign, 0, 0, _INF)
    if b._special == _INF:
        st.f |= _CLAMPED
        return ctx._apply(st, _new(sign, 0, ctx.Emin - ctx.prec + 1))
    if not b._int:
        if not a._int:
            st.f |= _DIV_UNDEFINED
            return ctx._apply(st, _new(0, 0, 0, _NAN))
        st.f |= _DIV_BY_ZERO
        return ctx._apply(st, _new(sign, 0, 0, _INF))
    ideal = a._exp - b._exp
    if not a._int:
        return ctx._apply(st, _finalize(sign, 0, ideal, ctx, st))
    shift = _nd(b._int) - _nd(a._int) + ctx.prec + 1
    if shift >= 0:
        q, rem = divmod(a._int * 10 ** shift, b._int)
    else:
        q, rem = divmod(a._int, b._int * 10 ** -shift)
    e = ideal - shift
    if rem:
        if q % 5 == 0:
            q += 1
    else:
        while e < ideal and q % 10 == 0:
            q //= 10
            e += 1
    return ctx._apply(st, _finalize(sign, q, e, ctx, st))


def _divmod(a, b, ctx, want):
    """Integer division, remainder, both, or remainder_near ('near')."""
    st = _St()
    r = _check_nans(a, b, ctx, st)
    if r is not None:
        r = ctx._apply(st, r)
        return (r, r) if want == 'qr' else r
    sign = a._sign ^ b._sign
    if a._special == _INF:
        if want == 'qr':
            r = _invalid(st)
            r = ctx._apply(st, r)
            return r, r
        if b._special == _INF or want != 'q':
            return ctx._apply(st, _invalid(st))
        return _new(sign, 0, 0, _INF)
    if b._special == _INF:
        if b._special == _INF and a._special == _INF:
            return ctx._apply(st, _invalid(st))
        quo = _new(sign, 0, 0)
        rem = _finalize(a._sign, a._int, a._exp, ctx, st)
        if want == 'q':
            return quo
        if want == 'qr':
            return ctx._apply(st, quo), ctx._apply(st, rem)
        return ctx._apply(st, rem)
    if not b._int:
        if not a._int:
            st.f |= _DIV_UNDEFINED
            r = ctx._apply(st, _new(0, 0, 0, _NAN))
            return (r, r) if want == 'qr' else r
        if want == 'q':
            st.f |= _DIV_BY_ZERO
            return ctx._apply(st, _new(sign, 0, 0, _INF))
        if want == 'qr':
            st.f |= _DIV_BY_ZERO | _INVALID_OP
            ctx._apply(st)
            return _new(sign, 0, 0, _INF), _new(0, 0, 0, _NAN)
        return ctx._apply(st, _invalid(st))
    e = min(a._exp, b._exp)
    if not a._int:
        quo_c, rem_c = 0, 0
    else:
        # The integer quotient has at most this many digits.
        qdigits = a.adjusted() - b.adjusted() + 1
        if qdigits > ctx.prec + 1:
            st.f |= _DIV_IMPOSSIBLE
            r = ctx._apply(st, _new(0, 0, 0, _NAN))
            return (r, r) if want == 'qr' else r
        if qdigits < 0:
            quo_c = 0
            rem_c = a._int * 10 ** (a._exp - e)
        else:
            x = a._int * 10 ** (a._exp - e)
            y = b._int * 10 ** (b._exp - e)
            quo_c, rem_c = divmod(x, y)
    if quo_c and _nd(quo_c) > ctx.prec:
        st.f |= _DIV_IMPOSSIBLE
        r = ctx._apply(st, _new(0, 0, 0, _NAN))
        return (r, r) if want == 'qr' else r
    if want == 'near':
        y = b._int * 10 ** (b._exp - e)
        rsign = a._sign
        if 2 * rem_c > y or (2 * rem_c == y and quo_c & 1):
            rem_c = y - rem_c
            rsign = 1 - rsign
            quo_c += 1
            if _nd(quo_c) > ctx.prec:
                st.f |= _DIV_IMPOSSIBLE
                return ctx._apply(st, _new(0, 0, 0, _NAN))
        return ctx._apply(st, _finalize(rsign, rem_c, e, ctx, st))
    quo = _new(sign, quo_c, 0)
    if want == 'q':
        return ctx._apply(st, quo)
    rem = _finalize(a._sign, rem_c, e, ctx, st)
    if want == 'r':
        return ctx._apply(st, rem)
    ctx._apply(st)
    return quo, rem


def _rescale(d, exp, ctx, st, rounding, check):
    """d (finite) with exponent exp; InvalidOperation past precision."""
    if check and not ctx.Emin - ctx.prec + 1 <= exp <= ctx.Emax:
        return _invalid(st)
    if not d._int:
        return _new(d._sign, 0, exp)
    if d._exp >= exp:
        c = d._int * 10 ** (d._exp - exp)
        inexact = False
    else:
        c, inexact = _drop_digits(d._int, exp - d._exp, rounding, d._sign)
    if check and c and _nd(c) > ctx.prec:
        return _invalid(st)
    if exp > d._exp:
        st.f |= _ROUNDED
        if inexact:
            st.f |= _INEXACT
    if c and exp + _nd(c) - 1 < ctx.Emin:
        st.f |= _SUBNORMAL
    return _new(d._sign, c, exp)


def _next(d, ctx, direction, apply=True):
    st = _St()
    r = _check_nans(d, None, ctx, st)
    if r is not None:
        return ctx._apply(st, r) if apply else r
    etiny = ctx.Emin - ctx.prec + 1
    if d._special == _INF:
        if (direction > 0) == bool(d._sign):
            r = _new(d._sign, 10 ** ctx.prec - 1, ctx.Emax - ctx.prec + 1)
        else:
            r = d
        return r
    # Nudge by a tiny amount below the last digit and round the way we go.
    e = min(d._exp, etiny) - 2
    tiny = _new(0 if direction > 0 else 1, 1, e)
    work = ctx.copy()
    work.rounding = ROUND_CEILING if direction > 0 else ROUND_FLOOR
    work._tbits = 0
    r = _add(d, tiny, work, 0)
    if not r._special and not r._int:
        r = _new(1 if direction < 0 else 0, 0, r._exp)
    return r


def _fixed_result(sign, approx, exp, err, ctx, st):
    """Round the approximation approx*10**exp (error below err units) if
    that is unambiguous: the result, or None when more digits are needed."""
    lo = _finalize(sign, approx - err, exp, ctx, _St())
    hi = _finalize(sign, approx + err, exp, ctx, _St())
    if lo._special != hi._special or lo._int != hi._int or \
            lo._exp != hi._exp:
        return None
    st2 = _St()
    r = _finalize(sign, approx, exp, ctx, st2)
    st.f |= st2.f | _INEXACT | _ROUNDED
    if not r._special and r._int and r.adjusted() < ctx.Emin:
        st.f |= _UNDERFLOW | _SUBNORMAL
    return r


def _sqrt(d, ctx):
    st = _St()
    r = _check_nans(d, None, ctx, st)
    if r is not None:
        return ctx._apply(st, r)
    if d._special == _INF:
        if d._sign:
            return ctx._apply(st, _invalid(st))
        return d
    ideal = d._exp // 2
    if not d._int:
        return ctx._apply(st, _finalize(d._sign, 0, ideal, ctx, st))
    if d._sign:
        return ctx._apply(st, _invalid(st))
    prec = ctx.prec
    c, e = d._int, d._exp
    # Scale c so its root has prec + 1 digits and the exponent is even.
    shift = 2 * (prec + 1) - _nd(c)
    if (e - shift) % 2:
        shift += 1
    if shift >= 0:
        x = c * 10 ** shift
        exact_scaled = True
    else:
        x, rem = divmod(c, 10 ** -shift)
        exact_scaled = rem == 0
    root = _math.isqrt(x)
    re = (e - shift) // 2
    if root * root != x or not exact_scaled:
        if root % 5 == 0:
            root += 1
    else:
        while re < ideal and root % 10 == 0:
            root //= 10
            re += 1
    return ctx._apply(st, _finalize(0, root, re, ctx, st, ROUND_HALF_EVEN))


_LN10_CACHE = [0, 0]


def _ln10(w):
    """ln(10) * 10**w, truncated, for w working digits (error < 1)."""
    if _LN10_CACHE[0] >= w:
        return _LN10_CACHE[1] // 10 ** (_LN10_CACHE[0] - w)
    g = w + 10
    # ln 10 = 3 ln 2 + ln(5/4); each from atanh series.
    val = 3 * _ln_ratio(2, 1, g) + _ln_ratio(5, 4, g)
    _LN10_CACHE[0] = g
    _LN10_CACHE[1] = val
    return val // 10 ** 10


def _atanh_inv(n, d, w):
    """atanh(n/d) * 10**w for 0 < n/d < 1 small (error a few units)."""
    one = 10 ** w
    term = one * n // d
    total = term
    n2, d2 = n * n, d * d
    k = 1
    while term:
        term = term * n2 // d2
        k += 2
        total += term // k
    return total


def _ln_ratio(p, q, w):
    """ln(p/q) * 10**w for p > q > 0 rational near 1."""
    return 2 * _atanh_inv(p - q, p + q, w)


def _ln_fixed(x, w):
    """ln(x / 10**w) * 10**w for 1 <= x/10**w < 10, error a few units."""
    one = 10 ** w
    # Bring x into [0.75, 1.5) by powers of two, then atanh series.
    k = 0
    while x >= (3 * one) // 2:
        x = x // 2 if x % 2 == 0 else (x + 1) // 2
        k += 1
    # atanh((x-1)/(x+1)) with the quotient in fixed point.
    u_num, u_den = x - one, x + one
    if u_num > 0:
        r = 2 * _atanh_inv(u_num, u_den, w)
    elif u_num < 0:
        r = -2 * _atanh_inv(-u_num, u_den, w)
    else:
        r = 0
    if k:
        r += k * _ln_ratio(2, 1, w)
    return r


def _exp_fixed(x, w):
    """exp(x / 10**w) * 10**w for 0 <= x/10**w < 3, error a few units."""
    one = 10 ** w
    # Halve the argument until small, sum the series, square back.
    k = 0
    while x > one // 100:
        x = (x + 1) // 2
        k += 1
    term = one
    total = one
    n = 1
    while term:
        term = term * x // (one * n)
        total += term
        n += 1
    for _ in range(k):
        total = total * total // one
    return total


def _exp(d, ctx):
    st = _St()
    r = _check_nans(d, None, ctx, st)
    if r is not None:
        return ctx._apply(st, r)
    if d._special == _INF:
        if d._sign:
            return _new(0, 0, 0)
        return _new(0, 0, 0, _INF)
    if not d._int:
        return _new(0, 1, 0)
    prec = ctx.prec
    adj = d.adjusted()
    # |x| >= 10**(adj): past these bounds the result over- or underflows.
    if not d._sign and adj > len(str(ctx.Emax)) + 1:
        return ctx._apply(st, _overflow(0, ctx, st, ctx.rounding))
    if d._sign and adj > len(str(-ctx.Emin + prec)) + 1:
        r = _finalize(0, 1, ctx.Emin - prec - 5, ctx, st)
        st.f |= _INEXACT | _ROUNDED | _UNDERFLOW | _SUBNORMAL
        return ctx._apply(st, r)
    if adj < -(prec + 2):
        # exp(x) = 1 + x + ...: 1 followed by the sign of x nudges rounding.
        e = -(prec + 5)
        c = 10 ** (prec + 5) + (-1 if d._sign else 1)
        r = _finalize(0, c, e, ctx, st)
        st.f |= _INEXACT | _ROUNDED
        return ctx._apply(st, r)
    guard = 10
    while True:
        # Digits of x before the point bound the size of exp(x).
        w = prec + guard + max(adj, 0) + 2
        # x * 10**w as an integer.
        if d._exp + w >= 0:
            xf = d._int * 10 ** (d._exp + w)
        else:
            xf = d._int // 10 ** -(d._exp + w)
        if d._sign:
            xf = -xf
        ln10 = _ln10(w + 5) // 10 ** 5
        # x = n ln10 + f, 0 <= f < ln10
        n, f = divmod(xf, ln10)
        approx = _exp_fixed(f, w)
        r = _fixed_result(0, approx, n - w, 10 ** (max(adj, 0) + 4), ctx, st)
        if r is not None:
            return ctx._apply(st, r)
        guard *= 2


def _ln(d, ctx, base10):
    st = _St()
    r = _check_nans(d, None, ctx, st)
    if r is not None:
        return ctx._apply(st, r)
    if d._special == _INF:
        if d._sign:
            return ctx._apply(st, _invalid(st))
        return d
    if not d._int:
        return _new(1, 0, 0, _INF)
    if d._sign:
        return ctx._apply(st, _invalid(st))
    c, e = d._int, d._exp
    nd = _nd(c)
    if base10:
        # An exact power of ten has an exact logarithm.
        if c == 10 ** (nd - 1):
            return ctx._apply(st, _finalize(*_signed(e + nd - 1), 0, ctx,
                                              st))
    elif c == 1 and e == 0:
        return _new(0, 0, 0)
    prec = ctx.prec
    adj = e + nd - 1
    guard = 10
    while True:
        # Digits of the integer part of the result come on top.
        extra = len(str(abs(adj))) + 1
        w = prec + guard + extra
        # mantissa m = c / 10**(nd-1) in [1, 10), fixed point.
        if nd - 1 <= w:
            m = c * 10 ** (w - (nd - 1))
        else:
            m = c // 10 ** ((nd - 1) - w)
        lnm = _ln_fixed(m, w)
        total = lnm + adj * _ln10(w)
        err = 10 + abs(adj)
        if base10:
            l10 = _ln10(w + 5)
            total = total * 10 ** 5 // l10 * 10 ** 0
            total = (lnm + adj * _ln10(w)) * 10 ** (w + 5) // l10
            err = 20 + abs(adj)
        # Subtractive cancellation near 1 needs more digits.
        if total and _nd(abs(total)) < prec + 4 and guard < 10 * prec + 200:
            guard *= 2
            continue
        sign = 1 if total < 0 else 0
        r = _fixed_result(sign, abs(total), -w, err, ctx, st)
        if r is not None:
            return ctx._apply(st, r)
        guard *= 2


def _signed(n):
    return (1 if n < 0 else 0), abs(n)


def _pow(a, b, ctx):
    st = _St()
    r = _check_nans(a, b, ctx, st)
    if r is not None:
        return ctx._apply(st, r)
    b_integral = b._special == _FIN and (b._exp >= 0 or
                                         b._int % 10 ** -b._exp == 0)
    if not a._special and not a._int:
        if not b._special and not b._int:
            return ctx._apply(st, _invalid(st))
        sign = a._sign if (b_integral and b._special == _FIN and
                           _int_value(b) & 1) else 0
        if b._sign:
            if a._sign == 0 or not sign:
                pass
            st.f |= 0
            return _new(sign, 0, 0, _INF)
        return _new(sign, 0, 0)
    if a._sign and not b_integral:
        if b._special == _INF and a._special != _INF:
            pass
        else:
            return ctx._apply(st, _invalid(st))
    if a._special == _INF:
        sign = a._sign if (b_integral and _int_value(b) & 1) else 0
        if b._special == _FIN and not b._int:
            return _new(0, 1, 0)
        if b._sign:
            return _new(sign, 0, 0)
        return _new(sign, 0, 0, _INF)
    if b._special == _INF:
        # |a| compared with 1 decides.
        c = _cmp_abs(a, _new(0, 1, 0))
        if a._sign:
            return ctx._apply(st, _invalid(st))
        if c == 0:
            r = _finalize(0, 10 ** (ctx.prec - 1), -(ctx.prec - 1), ctx, st)
            st.f |= _INEXACT | _ROUNDED
            return ctx._apply(st, r)
        if (c > 0) != bool(b._sign):
            return _new(0, 0, 0, _INF)
        return _new(0, 0, 0)
    if not b._int:
        return ctx._apply(st, _finalize(0, 1, 0, ctx, st))
    if b_integral:
        n = _int_value(b)
        sign = a._sign if n & 1 else 0
        absn = abs(n)
        # Exact when the exact power is of reasonable size.
        if _nd(a._int) * absn <= max(4 * ctx.prec + 100, 1000) or \
                a._int == 1:
            if a._int == 1:
                c, e = 1, a._exp * absn
            else:
                c, e = a._int ** absn, a._exp * absn
            if n > 0:
                return ctx._apply(st, _finalize(sign, c, e, ctx, st))
            return _div(_new(sign, 1, 0), _new(0, c, e), ctx)
    # exp(b * ln|a|) with growing working precision.
    if a._sign:
        sign = 1 if _int_value(b) & 1 else 0
    else:
        sign = 0
    guard = 10
    while True:
        work = ctx.copy()
        work._prec = ctx.prec + guard
        work._rounding = ROUND_HALF_EVEN
        work._emin, work._emax = _MIN_EMIN, _MAX_EMAX
        work._tbits = 0
        lna = _ln(a.copy_abs(), work, False)
        prod = _mul(lna, b, work)
        big = _exp(prod, work)
        if big._special == _INF:
            return ctx._apply(st, _overflow(sign, ctx, st, ctx.rounding))
        if not big._int:
            r = _finalize(sign, 1, ctx.Emin - ctx.prec - 5, ctx, st)
            st.f |= _INEXACT | _ROUNDED | _UNDERFLOW | _SUBNORMAL
            return ctx._apply(st, r)
        # Relative error of a few units in the last working digit, scaled
        # by the size of b*ln|a|.
        err = 10 ** (max(prod.adjusted(), 0) + 2)
        r = _fixed_result(sign, big._int, big._exp, err, ctx, st)
        if r is not None:
            return ctx._apply(st, r)
        guard *= 2


def _int_value(d):
    if d._exp >= 0:
        n = d._int * 10 ** d._exp
    else:
        n = d._int // 10 ** -d._exp
    return -n if d._sign else n


def _powmod(a, b, m, ctx):
    st = _St()
    for x in (a, b, m):
        if x._special == _SNAN:
            st.f |= _INVALID_OP
            return ctx._apply(st, _nan_result(x, ctx))
    for x in (a, b, m):
        if x._special == _NAN:
            return ctx._apply(st, _nan_result(x, ctx))
    ok = all(x._special == _FIN and x._exp >= 0 for x in (a, b, m))
    if not ok or b._sign or not m._int or (not a._int and not b._int) or \
            _nd(m._int) > ctx.prec:
        return ctx._apply(st, _invalid(st))
    mod = _int_value(m.copy_abs())
    base = _int_value(a.copy_abs())
    r = pow(base, _int_value(b), mod)
    sign = a._sign if _int_value(b) & 1 else 0
    return ctx._apply(st, _new(sign, r, 0))


# --- formatting -------------------------------------------------------------------

def _parse_spec(spec):
    """The parts of a format spec, or ValueError as the C module raises."""
    i = 0
    n = len(spec)
    fill = None
    align = None
    if n >= 2 and spec[1] in '<>=^':
        fill, align = spec[0], spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        align = spec[0]
        i = 1
    sign = '-'
    if i < n and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    no_neg_0 = False
    if i < n and spec[i] == 'z':
        no_neg_0 = True
        i += 1
    alt = False
    zero = False
    if i < n and spec[i] == '0':
        zero = True
        i += 1
    j = i
    while i < n and spec[i].isdigit():
        i += 1
    width = int(spec[j:i]) if i > j else 0
    sep = ''
    if i < n and spec[i] == ',':
        sep = spec[i]
        i += 1
    precision = None
    if i < n and spec[i] == '.':
        i += 1
        j = i
        while i < n and spec[i].isdigit():
            i += 1
        if i == j:
            raise ValueError("invalid format string")
        precision = int(spec[j:i])
    typ = None
    if i < n:
        typ = spec[i]
        i += 1
    if i != n or (typ is not None and typ not in 'eEfFgGn%'):
        raise ValueError("invalid format string")
    explicit_fill = fill is not None
    explicit_align = align is not None
    if zero and fill is None:
        fill = '0'
        if align is None:
            align = '='
    if fill is None:
        fill = ' '
    if align is None:
        align = '>'
    return (fill, align, sign, no_neg_0, alt, width, sep, precision, typ,
            zero, explicit_fill, explicit_align)


def _group_sizes(grouping):
    """The group lengths, right to left, of a localeconv() grouping list
    (the last length repeats after a 0; CHAR_MAX ends grouping)."""
    last = None
    for size in grouping:
        if size == 127:
            return
        if size == 0:
            while True:
                yield last
        yield size
        last = size
    if last is not None:
        while True:
            yield last


def _group(digits, sep, min_width, grouping=(3, 0)):
    """digits in groups joined by sep, zero-padded to min_width (one more
    zero rather than a leading separator)."""
    groups = []
    sizes = _group_sizes(grouping) if grouping else iter(())
    while True:
        size = next(sizes, None)
        if size is None:
            groups.append(digits.rjust(min_width, '0') if digits or
                          min_width > 0 else '0')
            break
        size = min(max(len(digits), min_width, 1), size)
        groups.append(digits[-size:].rjust(size, '0'))
        digits = digits[:-size]
        min_width -= size
        if not digits and min_width <= 0:
            break
        min_width -= len(sep)
    return sep.join(reversed(groups))


def _format(d, spec, ctx):
    (fill, align, sign_opt, no_neg_0, alt, width, sep, precision, typ,
     zero_flag, explicit_fill, explicit_align) = _parse_spec(spec)
    point = '.'
    grouping = (3, 0)
    if typ == 'n':
        if sep:
            raise ValueError("invalid format string")
        import locale
        conv = locale.localeconv()
        sep = conv['thousands_sep']
        grouping = conv['grouping']
        point = conv['decimal_point']
        typ = 'g'
    if d._special:
        if zero_flag:
            # The C module pads specials with spaces, never zeros.
            fill = ' ' if fill == '0' and not explicit_fill else fill
            align = '>' if align == '=' and not explicit_align else align
        body = str(d.copy_abs())
        if d._special == _INF:
            body = 'Infinity'
        if typ == '%':
            body += '%'
        neg = d._sign
        sign = '-' if neg else (sign_opt if sign_opt in '+ ' else '')
        return _align(sign, body, fill, align, width)
    if precision == 0 and typ in (None, 'g', 'G'):
        precision = 1
    if typ is None:
        use = 'G' if ctx.capitals else 'g'
        plain = precision is None
    else:
        use = typ
        plain = False
    rounding = ctx.rounding
    sign_bit, c, e = d._sign, d._int, d._exp
    if use == '%':
        e += 2
    if precision is not None:
        if use in 'eE':
            nd = _nd(c)
            if c and nd > precision + 1:
                c, _ = _drop_digits(c, nd - precision - 1, rounding, sign_bit)
                e += nd - precision - 1
                if _nd(c) > precision + 1:
                    c //= 10
                    e += 1
            elif c and nd < precision + 1:
                c *= 10 ** (precision + 1 - nd)
                e -= precision + 1 - nd
            elif not c:
                pass
        elif use in 'fF%':
            if e < -precision:
                c, _ = _drop_digits(c, -precision - e, rounding, sign_bit)
            else:
                c *= 10 ** (e + precision)
            e = -precision
        elif use in 'gG':
            nd = _nd(c)
            if nd > precision:
                c, _ = _drop_digits(c, nd - precision, rounding, sign_bit)
                e += nd - precision
                if _nd(c) > precision:
                    c //= 10
                    e += 1
    if not c and e > 0 and use in 'fF%':
        e = 0
    if not c and no_neg_0:
        sign_bit = 0
    digits = str(c)
    left = e + len(digits)
    if use in 'eE':
        if not c and precision is not None:
            dot = 1 - precision
        else:
            dot = 1
    elif use in 'fF%':
        dot = left
    else:
        if e <= 0 and left > -6:
            dot = left
        else:
            dot = 1
    if dot < 0:
        intpart = '0'
        frac = '0' * -dot + digits
    elif dot > len(digits):
        intpart = digits + '0' * (dot - len(digits))
        frac = ''
    else:
        intpart = digits[:dot] or '0'
        frac = digits[dot:]
    exp = left - dot
    sign = '-' if sign_bit else (sign_opt if sign_opt in '+ ' else '')
    if frac or alt:
        frac = point + frac
    if exp != 0 or use in 'eE':
        echar = 'E' if use in 'EG' else 'e'
        frac += '%s%+d' % (echar, exp)
    if use == '%':
        frac += '%'
    if fill == '0' and align == '=':
        min_width = width - len(frac) - len(sign)
    else:
        min_width = 0
    intpart = _group(intpart, sep, min_width, grouping)
    return _align(sign, intpart + frac, fill, align, width)


def _align(sign, body, fill, align, width):
    pad = width - len(sign) - len(body)
    if pad <= 0:
        return sign + body
    if align == '<':
        return sign + body + fill * pad
    if align == '>':
        return fill * pad + sign + body
    if align == '=':
        return sign + fill * pad + body
    half = pad // 2
    return fill * half + sign + body + fill * (pad - half)
