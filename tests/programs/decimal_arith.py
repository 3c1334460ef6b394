# decimal: construction, arithmetic, rounding, flags and traps, matching
# CPython's C implementation.
from decimal import (Decimal, Context, getcontext, setcontext, localcontext,
                     InvalidOperation, DivisionByZero, Inexact, Rounded,
                     Overflow, Underflow, Subnormal, Clamped, FloatOperation,
                     ConversionSyntax, DivisionUndefined, DivisionImpossible,
                     DecimalException, ROUND_HALF_UP, ROUND_DOWN, ROUND_UP,
                     ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_DOWN,
                     ROUND_HALF_EVEN, ROUND_05UP, BasicContext,
                     ExtendedContext, DefaultContext, MAX_PREC, MAX_EMAX,
                     MIN_EMIN, MIN_ETINY)
import decimal
from fractions import Fraction


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


D = Decimal
print(MAX_PREC, MAX_EMAX, MIN_EMIN, MIN_ETINY)
print(getcontext())
print(BasicContext)
print(ExtendedContext)

# construction
for v in ['1.5', '-0', '  12_345.678_9 ', '1e10', '-1E-10', '.5', '5.',
          'inf', '-Infinity', 'nan', 'NaN123', '-sNaN7', '0e5', '00012',
          '1.2.3', '', 'abc', '1e', '_1', '1__0', '1_0', '0.000001',
          '0.0000001', '123456789012345678901234567890.5']:
    t('D(%r)' % v, lambda: D(v))
for v in [0, -7, 10 ** 40, 0.1, -0.0, 1.5, 1e300, float('inf'),
          float('nan'), (0, (1, 2, 3), -2), (1, (0,), 0), (0, (), 'F'),
          [1, [4, 2], 3], (0, (1, 10), 0), (3, (1,), 0), (0, (1,), 'x'),
          None, [1, 2]]:
    t('D(%r)' % (v,), lambda: D(v))
t('from_float', lambda: D.from_float(0.25))
t('from_float int', lambda: D.from_float(-3))
t('D(D)', lambda: D(D('3.14')))

# str / repr / eng
for v in ['123E+5', '1.23E-10', '0.000123', '-0.0', '0E-8', '0E+3',
          '12345678E-2', '1E+6', '1.000', '5E-7', 'NaN', '-sNaN',
          '-Infinity', '0.1E-999', '123.456E+12']:
    d = D(v)
    print(v, str(d), d.to_eng_string(), repr(d))

# arithmetic
pairs = [('1.1', '2.2'), ('1.30', '1.20'), ('-5', '3'), ('7', '-2'),
         ('1', '3'), ('2', '3'), ('100', '0.01'), ('1E+2', '1E-2'),
         ('0', '-3'), ('-0', '-5'), ('123456789', '987654321'),
         ('1E+10', '3E-10'), ('9.99999999999999999999999999999', '1')]
for a, b in pairs:
    x, y = D(a), D(b)
    print(a, b, x + y, x - y, x * y, x / y, x // y, x % y, divmod(x, y))
print(D(10) ** 20, D(2) ** -3, D('1.1') ** 2, D('-2') ** 3, D(2) ** 0)
print(D(2) ** D('0.5'), D('9') ** D('0.5'), D(10) ** D('-1.5'))
print(pow(D(3), 4, 5), D(-7) // 2, D(-7) % 2, -D('0'), +D('-0'), abs(D('-2.5')))
print(D(1) + 2, 3 - D('0.5'), 2 * D('1.25'), 1 / D(8), 7 // D(2), 7 % D(3))

for f in [lambda: D(1) / 0, lambda: D(0) / 0, lambda: D(1) // 0,
          lambda: D(1) % 0, lambda: D('inf') - D('inf'),
          lambda: D('inf') * 0, lambda: D(-1).sqrt(), lambda: D(-1).ln(),
          lambda: D(0) ** 0, lambda: D('sNaN') + 1, lambda: D(10) ** 1000000,
          lambda: D('1e999999') * 10, lambda: D(10 ** 30) // D('0.001'),
          lambda: D(1) + 1.0, lambda: 1.0 * D(1), lambda: D(1) + 'x',
          lambda: D(1) < 'x', lambda: D('nan') < 1, lambda: D(1) > None,
          lambda: D(1) + Fraction(1, 2), lambda: D('-8') ** D('0.5')]:
    try:
        print(f())
    except (ArithmeticError, TypeError) as e:
        print(type(e).__name__, e.args)

# flags and traps
ctx = Context(prec=5)
print(ctx)
print(ctx.divide(D(1), D(3)), ctx.flags[Inexact], ctx.flags[Rounded])
print(ctx)
ctx.clear_flags()
ctx.traps[Inexact] = True
t('trapped inexact', lambda: ctx.divide(1, 3))
print(ctx.flags[Inexact], ctx)
ctx.traps[Inexact] = False
ctx.traps[DivisionByZero] = False
print(ctx.divide(1, 0), ctx.divide(-1, 0), ctx.flags[DivisionByZero])
ctx.traps[InvalidOperation] = False
print(ctx.divide(0, 0), ctx.create_decimal('xyz'), ctx)
print(sorted(k.__name__ for k, v in ctx.flags.items() if v))
print(ctx.flags)
print(ctx.traps)
ctx.clear_flags()
print(ctx.create_decimal('3.14159265'), ctx.create_decimal(123456789))
print(ctx.create_decimal_from_float(0.1), ctx)

# underflow, subnormal, clamping
c2 = Context(prec=3, Emin=-5, Emax=5, traps=[])
for v in ['1.234E-6', '1E-8', '9.99E+5', '1E+6', '0E+10', '1.2E-7', '9.999E5']:
    r = c2.plus(D(v))
    print(v, r, c2)
    c2.clear_flags()
c3 = Context(prec=3, Emin=-5, Emax=5, clamp=1, traps=[])
print(c3.plus(D('1E+5')), c3)

# rounding modes
for mode in [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING,
             ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP]:
    vals = []
    for v in ['2.5', '-2.5', '3.5', '2.51', '-2.49', '2.0', '0.04', '1.51']:
        vals.append(str(D(v).quantize(D('1'), rounding=mode)))
    c = Context(prec=2, rounding=mode)
    vals.append(str(c.divide(D(2), D(3))))
    vals.append(str(c.multiply(D('-1.05'), 1)))
    print(mode, ' '.join(vals))

# quantize, integral
print(D('1.41421356').quantize(D('1.000')), D('7.325').quantize(D('.01'), ROUND_DOWN))
t('quantize too big', lambda: D('123456').quantize(D('1e-25')))
t('quantize inf', lambda: D('inf').quantize(D('1')))
print(D('123.456').to_integral(), D('-2.5').to_integral_value(),
      D('2.5').to_integral_exact(ROUND_HALF_UP), D('1E+2').to_integral())
print(round(D('2.675'), 2), round(D('2.5')), round(D('3.5')), round(D('-0.5')),
      round(D('1234.5'), -2), int(D('-7.9')), float(D('1.25')),
      D('7.5').__floor__(), D('7.5').__ceil__(), D('-7.5').__trunc__())

# comparisons and hashing
print(D('1.0') == D('1'), D('1.0') == 1, D('0.5') == 0.5, D('0.1') == 0.1,
      D(1) < 2, D('1.5') > Fraction(3, 2), D('1.5') == Fraction(3, 2),
      D('nan') == D('nan'), D('nan') != 1, D(2) >= 2.0, D('-0') == 0)
for v in ['1', '1.0', '0.5', '-2.25', '1e100', '12345.678', 'inf', '-inf',
          '-1', '0']:
    d = D(v)
    h = hash(d)
    print(v, h == hash(float(d)) if d.is_finite() and abs(d) < 10 ** 20 else '',
          h == hash(Fraction(*d.as_integer_ratio())) if d.is_finite() else h)
print(hash(D(10 ** 30)) == hash(10 ** 30), hash(D('-1')), sorted(
    [D('3'), D('-1.5'), D('2.25'), D('0')]), max(D(1), D('1.0')))
t('hash snan', lambda: hash(D('sNaN')))
print({D('1.0'): 'a', 1: 'b'})

# parts
for v in ['-1.250', '0', 'inf', '-nan5', 'snan', '1E+5']:
    d = D(v)
    print(v, d.as_tuple(), d.is_nan(), d.is_snan(), d.is_qnan(),
          d.is_infinite(), d.is_finite(), d.is_zero(), d.is_signed(),
          d.is_normal(), d.is_subnormal(), d.adjusted(), d.number_class())
print(D('-1.25').as_integer_ratio(), D('100').as_integer_ratio(),
      D('0.1').as_integer_ratio())
t('ratio inf', lambda: D('-inf').as_integer_ratio())
t('int nan', lambda: int(D('nan')))
print(D('1.2').copy_sign(D('-3')), D('-1').copy_abs(), D(3).copy_negate(),
      D('1.200').normalize(), D('0.00').normalize(), D('-120E+3').normalize(),
      D('1E+2').same_quantum(D('3E+2')), D('12.3').adjusted())
print(D('1.5').max(D('2')), D('1').min(D('-1')), D('1').max(D('nan')),
      D('-3').max_mag(D('2')), D('1.0').compare(D('1')), D('1').compare(D('2')))
print(D('10').logb(), D('0.001').logb(), D('2').scaleb(3), D(1).next_plus(),
      D(1).next_minus(), D(1).next_toward(D(2)), D('17').remainder_near(D('10')),
      D(2).fma(3, 5))
print(D('1.1').real, D('1.1').imag, D('1.1').conjugate(), D(3).radix())

# functions
print(D(2).sqrt(), D('0.25').sqrt(), D(100).sqrt(), D('1E-4').sqrt(),
      D('1E+3').sqrt(), D(0).sqrt(), D('-0').sqrt())
print(D(1).exp(), D(-1).exp(), D('0.5').exp(), D(0).exp(), D(100).exp(),
      D('1E-30').exp())
print(D(2).ln(), D('0.5').ln(), D(1).ln(), D('1E+100').ln(), D('1.000001').ln())
print(D(2).log10(), D(1000).log10(), D('0.001').log10(), D('1E-100').log10(),
      D(7).log10())
with localcontext() as lc:
    lc.prec = 50
    print(D(2).sqrt(), D(1).exp(), D(10).ln(), D(3) ** D('0.5'))
with localcontext(prec=6, rounding=ROUND_DOWN) as lc:
    print(D(2) / 3, lc.prec, getcontext().rounding)
print(getcontext().prec, getcontext().rounding)
t('localcontext bad kw', lambda: localcontext(precision=3))

# context attributes
c = Context()
for attr, val in [('prec', 0), ('prec', 'x'), ('rounding', 'x'),
                  ('Emax', -1), ('Emin', 1), ('clamp', 2), ('capitals', 5)]:
    try:
        setattr(c, attr, val)
    except (ValueError, TypeError) as e:
        print(attr, type(e).__name__, e)
print(c.Etiny(), c.Etop(), Context(prec=10, Emax=99, Emin=-99).Etiny())
print(Context(traps=[Inexact], flags=[Rounded]))
print(issubclass(DivisionByZero, ZeroDivisionError),
      issubclass(FloatOperation, TypeError),
      [k.__name__ for k in decimal.Underflow.__mro__],
      [k.__name__ for k in DivisionUndefined.__mro__],
      [k.__name__ for k in ConversionSyntax.__mro__],
      [k.__name__ for k in DivisionImpossible.__mro__])
setcontext(ExtendedContext)
print(getcontext(), D(1) / 0, D(0) / 0, D(2) / 3)
setcontext(DefaultContext)
print(getcontext().prec, D(1) / 7)
getcontext().traps[FloatOperation] = True
t('float op trapped <', lambda: D(1) < 1.5)
t('float op trapped ==', lambda: D(1) == 1.0)
t('float op trapped ctor', lambda: D(1.5))
getcontext().traps[FloatOperation] = False
print(D(3) ** 2 * D('1.5') - D('0.25') / D(8))

# digit-wise operations
c = Context(prec=9, traps=[])
for a, b in [('1101', '1011'), ('0', '111'), ('1', '2'), ('-1', '1')]:
    print(a, b, c.logical_and(D(a), D(b)), c.logical_or(D(a), D(b)),
          c.logical_xor(D(a), D(b)), c.logical_invert(D(a)))
for a, n in [('123456789', 2), ('123456789', -2), ('12', 3), ('12', -3),
             ('1234', 9), ('1234', 10), ('inf', 1), ('12', D('1.5'))]:
    print(a, n, c.shift(D(a), n), c.rotate(D(a), n))
print(c)

# with fractions, copy and pickle, subclasses
import copy
import pickle
print(Fraction(D('-0.5')), Fraction.from_decimal(D('1.25')),
      Fraction.from_decimal(3))
try:
    Fraction.from_decimal(1.5)
except TypeError as e:
    print(e)
x = D('12.50')
print(copy.copy(x) is x, copy.deepcopy(x), pickle.loads(pickle.dumps(x)),
      pickle.loads(pickle.dumps(Context(prec=7, traps=[Inexact]))))


class Money(Decimal):
    def __repr__(self):
        return 'Money(%s)' % self


m = Money('3.50')
print(m, repr(m), type(m + 1).__name__, isinstance(m, Decimal),
      Money.from_float(0.5), repr(Money.from_float(0.5)))
import numbers
print(isinstance(D(1), numbers.Number), isinstance(D(1), numbers.Real))
print(sum([D('0.1')] * 10), sum([D('0.1')] * 10) == 1, min(D(3), 2, D('2.5')))
print(sorted({D('1.10'), D('1.1'), D(2)}), str(D('1e-7') * 1), D(10) ** D(-2))
print(D(5).__round__(-1), round(D('12345.678'), 1), int(D('1e30')))
