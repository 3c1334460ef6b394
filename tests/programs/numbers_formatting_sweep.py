# Number formatting and arithmetic corners an everyday script meets (repr,
# format specs, % formatting, rounding, negative ** fractional is complex).
import sys, math
vals = [0.0, -0.0, 1.0, 1e16, 1e-5, 123456789.123, 1/3, 2/3, 1e22, 1.5e300, float('inf'), -float('inf'), float('nan'), 100.0, 0.1, 5e-324, 2**53 + 1.0]
for v in vals:
    print(repr(v), str(v), f"{v:g}", f"{v:.3e}", f"{v:10.4f}", f"{v:%}" if math.isfinite(v) and abs(v) < 1e10 else '', format(v, ''), format(v, '.0f') if math.isfinite(v) else '', round(v, 2) if math.isfinite(v) else '')
for n in [0, -1, 255, 2**64, -2**100, 10**30]:
    print(n, f"{n:,}", f"{n:_x}", f"{n:+d}", f"{n:>20}", f"{n:e}", hex(n), f"{n:o}", f"{n:#b}"[:20])
print('%s %r %d %i %5.1f %-6.2e %x %X %o %c %%' % ('s', 's', 3.9, -2, 2.25, 12345.6789, 255, 255, 8, 65))
print('%(a)s-%(b)04d' % {'a': 'x', 'b': 7}, '%.3s' % 'abcdef', '%*d' % (5, 42), '%-*s|' % (4, 'a'))
print('{0}{1}{0}'.format('a', 'b'), '{:.{prec}f}'.format(3.14159, prec=2), '{!r:>10}'.format('hi'), '{0[1]} {1.real}'.format([1, 2], 3))
print(f"{'nested {}':{'^'}{20}}", f"{3+4=}", f"{'x'!a}", f"{10:#06x}", f"{-5:05d}", f"{1234.5:_.2f}", f"{0.000012345:.2g}")
try: int('9' * 5000)
except ValueError as e: print(e)
print(sys.get_int_max_str_digits())
print(1e100, 1.0e-100, 12345678901234567890.0, 0.30000000000000004, 3.0 * 1.1, 2.675 * 100, 1.1 + 2.2)
print(int(3.99), int(-3.99), float('1_000.5'), int('0b101', 0), int(' 42 '), float(' -1.5e3 '), complex('1+2j'))
print(divmod(7.5, 2), 7.5 % -2, -7.5 // 2, math.fmod(-7.5, 2), 2 ** 0.5, (-8) ** (1/3))
print(round(0.5), round(1.5), round(-0.5), round(2.5, 0), round(1234, -2), round(-1250, -2))
print(max(1, 2.0), min([3, 1.0, 2]), sum([1, 2.5]), abs(-0.0), pow(2, 10, 1000), pow(3, -1, 7))
print((-8.0) ** 0.5, (-2) ** 1.5, pow(-8, 1/3), (-1e308) ** 0.5)
