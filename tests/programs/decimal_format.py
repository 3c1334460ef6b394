# decimal: __format__, thread-local contexts, and a sweep of arithmetic
# against generated operands (a fixed LCG, so CPython and interp agree).
import threading
from decimal import (Decimal, Context, getcontext, setcontext, localcontext,
                     ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR,
                     ROUND_05UP, ROUND_HALF_DOWN, ROUND_UP, ROUND_HALF_EVEN,
                     Inexact, InvalidOperation, DivisionByZero)

D = Decimal
values = ['0', '-0', '1', '-1.5', '123.456', '0.000123456', '1234567.891',
          '1E+10', '-2.5E-8', '100', '0.5', '9.995', 'inf', '-inf', 'nan',
          '12345678901234567890.123']
specs = ['', '.2', '.0', 'f', '.2f', '.0f', '10.3f', '<12.1f', '^12', '>+12.2e',
         'e', '.3e', 'E', 'g', '.3g', 'G', '.10g', '%', '.1%', ',', ',.2f',
         '_.3f', '012.2f', '+', ' ', '#.0f', '*^20,.3f', '020,.2f', 'z.1f',
         '-.4', '=+15.2f', '.0e', '.0%', 'n', '.3n', '010n', '.0n', '12,']
for v in values:
    d = D(v)
    out = []
    for s in specs:
        try:
            out.append(format(d, s))
        except ValueError as e:
            out.append('ValueError:' + str(e))
    print(v, '|'.join(out))
for bad in ['x', '.f', '10.2d', '#x', ',,', ',n', '_n']:
    try:
        print(format(D('1.5'), bad))
    except ValueError as e:
        print(repr(bad), 'ValueError', e)
print('{:.2f} {:>8} {:,}'.format(D('3.14159'), D('2.5'), D('1234567')))
print(f"{D('1.005'):.2f} {D('-0.004'):z.2f} {D('2.675'):.2f}")
with localcontext(rounding=ROUND_HALF_UP):
    print(format(D('2.5'), '.0f'), format(D('0.125'), '.2f'))

# Each thread starts from DefaultContext; setting one thread's context
# leaves the others alone.
results = {}


def worker(name, prec):
    ctx = getcontext()
    before = ctx.prec
    ctx.prec = prec
    results[name] = (before, str(D(1) / D(7)), getcontext() is ctx)


ts = [threading.Thread(target=worker, args=('t%d' % i, 3 + i))
      for i in range(3)]
for th in ts:
    th.start()
for th in ts:
    th.join()
print(sorted(results.items()), getcontext().prec)
c = Context(prec=4)
setcontext(c)
print(getcontext() is c, D(2) / 3)
setcontext(Context())

# Generated operands: every operation against CPython's results.
state = [12345]


def rnd(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2 ** 31
    return state[0] % n


def gen():
    k = rnd(10)
    if k == 0:
        return D(0)
    digits = rnd(10 ** rnd(12)) + (1 if k == 1 else 0)
    exp = rnd(30) - 15
    sign = rnd(2)
    return D((sign, tuple(int(ch) for ch in str(digits)), exp))


ops = [
    ('+', lambda a, b: a + b), ('-', lambda a, b: a - b),
    ('*', lambda a, b: a * b), ('/', lambda a, b: a / b),
    ('//', lambda a, b: a // b), ('%', lambda a, b: a % b),
    ('cmp', lambda a, b: (a < b, a == b, a.compare(b))),
    ('q', lambda a, b: a.quantize(D((0, (1,), b.as_tuple().exponent)))),
    ('rn', lambda a, b: a.remainder_near(b)),
    ('mm', lambda a, b: (a.max(b), a.min_mag(b))),
    ('ct', lambda a, b: a.compare_total(b)),
]
roundings = [ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING,
             ROUND_FLOOR, ROUND_05UP, ROUND_HALF_DOWN, ROUND_UP]
lines = []
for i in range(150):
    a, b = gen(), gen()
    ctx = Context(prec=1 + rnd(12), rounding=roundings[rnd(8)], traps=[])
    setcontext(ctx)
    row = [str(a), str(b)]
    for name, f in ops:
        try:
            row.append(str(f(a, b)))
        except Exception as e:
            row.append(type(e).__name__)
    row.append(str(a.sqrt()) if a >= 0 else '-')
    row.append(str(a.to_integral_exact()))
    row.append(str(a.normalize()))
    row.append(str(hash(a) == hash(float(a)) if abs(a) < 10 ** 15 and a == D(float(a)) else hash(a) % 1000))
    row.append(str(ctx.flags_text() if hasattr(ctx, 'flags_text') else ctx)[80:])
    lines.append(' '.join(row))
print('\n'.join(lines))
setcontext(Context(traps=[]))
for i in range(40):
    a = gen()
    ctx = Context(prec=1 + rnd(30), traps=[])
    setcontext(ctx)
    row = [str(a)]
    a = abs(a)
    for f in (lambda x: x.exp(), lambda x: x.ln(), lambda x: x.log10(),
              lambda x: x ** D('0.5'), lambda x: x ** 3, lambda x: x ** -2,
              lambda x: x.next_plus(), lambda x: x.next_minus()):
        row.append(str(f(a)))
    row.append(repr(ctx)[80:])
    print(' '.join(row))
