# format()/str.format/f-strings with every spec field, __format__ of user classes, and the errors for bad specs.
class A:
    def __repr__(self): return 'A!'
class F:
    def __format__(self, spec): return 'F[' + spec + ']'
try:
    print("f'{A()}'", '=', repr(f'{A()}'))
except Exception as e:
    print("f'{A()}'", '->', type(e).__name__, e)
try:
    print("f'{A()!r:>6}'", '=', repr(f'{A()!r:>6}'))
except Exception as e:
    print("f'{A()!r:>6}'", '->', type(e).__name__, e)
try:
    print("f'{A():>6}'", '=', repr(f'{A():>6}'))
except Exception as e:
    print("f'{A():>6}'", '->', type(e).__name__, e)
try:
    print("format(A(), '')", '=', repr(format(A(), '')))
except Exception as e:
    print("format(A(), '')", '->', type(e).__name__, e)
try:
    print('format(A())', '=', repr(format(A())))
except Exception as e:
    print('format(A())', '->', type(e).__name__, e)
try:
    print("f'{F():xyz}'", '=', repr(f'{F():xyz}'))
except Exception as e:
    print("f'{F():xyz}'", '->', type(e).__name__, e)
try:
    print("format(F(), 'abc')", '=', repr(format(F(), 'abc')))
except Exception as e:
    print("format(F(), 'abc')", '->', type(e).__name__, e)
try:
    print("'{0:q}'.format(F())", '=', repr('{0:q}'.format(F())))
except Exception as e:
    print("'{0:q}'.format(F())", '->', type(e).__name__, e)
try:
    print("'{:>5}'.format(None)", '=', repr('{:>5}'.format(None)))
except Exception as e:
    print("'{:>5}'.format(None)", '->', type(e).__name__, e)
try:
    print("f'{None:>5}'", '=', repr(f'{None:>5}'))
except Exception as e:
    print("f'{None:>5}'", '->', type(e).__name__, e)
try:
    print("f'{True:>5}'", '=', repr(f'{True:>5}'))
except Exception as e:
    print("f'{True:>5}'", '->', type(e).__name__, e)
try:
    print("f'{[1]:>5}'", '=', repr(f'{[1]:>5}'))
except Exception as e:
    print("f'{[1]:>5}'", '->', type(e).__name__, e)
try:
    print("f'{(1, 2)!s:>8}'", '=', repr(f'{(1, 2)!s:>8}'))
except Exception as e:
    print("f'{(1, 2)!s:>8}'", '->', type(e).__name__, e)
try:
    print("format(1.5, 'z')", '=', repr(format(1.5, 'z')))
except Exception as e:
    print("format(1.5, 'z')", '->', type(e).__name__, e)
try:
    print("format(10, ',d')", '=', repr(format(10, ',d')))
except Exception as e:
    print("format(10, ',d')", '->', type(e).__name__, e)
try:
    print("format(10, '_x')", '=', repr(format(10, '_x')))
except Exception as e:
    print("format(10, '_x')", '->', type(e).__name__, e)
try:
    print("format(1234567.891, ',.2f')", '=', repr(format(1234567.891, ',.2f')))
except Exception as e:
    print("format(1234567.891, ',.2f')", '->', type(e).__name__, e)
try:
    print("format(1234567.891, '_')", '=', repr(format(1234567.891, '_')))
except Exception as e:
    print("format(1234567.891, '_')", '->', type(e).__name__, e)
try:
    print("format(-1234567, ',')", '=', repr(format(-1234567, ',')))
except Exception as e:
    print("format(-1234567, ',')", '->', type(e).__name__, e)
try:
    print("format(0.000012345, '.3g')", '=', repr(format(0.000012345, '.3g')))
except Exception as e:
    print("format(0.000012345, '.3g')", '->', type(e).__name__, e)
try:
    print("format(123456789.0, 'g')", '=', repr(format(123456789.0, 'g')))
except Exception as e:
    print("format(123456789.0, 'g')", '->', type(e).__name__, e)
try:
    print("format(1e-4, '')", '=', repr(format(1e-4, '')))
except Exception as e:
    print("format(1e-4, '')", '->', type(e).__name__, e)
try:
    print("format(1e16, '')", '=', repr(format(1e16, '')))
except Exception as e:
    print("format(1e16, '')", '->', type(e).__name__, e)
try:
    print("format(1.0, 'g')", '=', repr(format(1.0, 'g')))
except Exception as e:
    print("format(1.0, 'g')", '->', type(e).__name__, e)
try:
    print("format(100.0, '.0f')", '=', repr(format(100.0, '.0f')))
except Exception as e:
    print("format(100.0, '.0f')", '->', type(e).__name__, e)
try:
    print("format(0.5, '.0f')", '=', repr(format(0.5, '.0f')))
except Exception as e:
    print("format(0.5, '.0f')", '->', type(e).__name__, e)
try:
    print("format(1.5, '.0f')", '=', repr(format(1.5, '.0f')))
except Exception as e:
    print("format(1.5, '.0f')", '->', type(e).__name__, e)
try:
    print("format(2.675, '.2f')", '=', repr(format(2.675, '.2f')))
except Exception as e:
    print("format(2.675, '.2f')", '->', type(e).__name__, e)
try:
    print("format(5, '^7d')", '=', repr(format(5, '^7d')))
except Exception as e:
    print("format(5, '^7d')", '->', type(e).__name__, e)
try:
    print("format(5, '=+7d')", '=', repr(format(5, '=+7d')))
except Exception as e:
    print("format(5, '=+7d')", '->', type(e).__name__, e)
try:
    print("format('ab', '^7')", '=', repr(format('ab', '^7')))
except Exception as e:
    print("format('ab', '^7')", '->', type(e).__name__, e)
try:
    print("format('ab', '=7')", '=', repr(format('ab', '=7')))
except Exception as e:
    print("format('ab', '=7')", '->', type(e).__name__, e)
try:
    print("format(3.14159, '10.4e')", '=', repr(format(3.14159, '10.4e')))
except Exception as e:
    print("format(3.14159, '10.4e')", '->', type(e).__name__, e)
try:
    print("format(-0.0, '+.1f')", '=', repr(format(-0.0, '+.1f')))
except Exception as e:
    print("format(-0.0, '+.1f')", '->', type(e).__name__, e)
try:
    print("format(float('inf'), '>6')", '=', repr(format(float('inf'), '>6')))
except Exception as e:
    print("format(float('inf'), '>6')", '->', type(e).__name__, e)
try:
    print("format(float('nan'), '+')", '=', repr(format(float('nan'), '+')))
except Exception as e:
    print("format(float('nan'), '+')", '->', type(e).__name__, e)
try:
    print("format(42, 'c')", '=', repr(format(42, 'c')))
except Exception as e:
    print("format(42, 'c')", '->', type(e).__name__, e)
try:
    print("format(42, '#b')", '=', repr(format(42, '#b')))
except Exception as e:
    print("format(42, '#b')", '->', type(e).__name__, e)
try:
    print("format(42, '#010x')", '=', repr(format(42, '#010x')))
except Exception as e:
    print("format(42, '#010x')", '->', type(e).__name__, e)
try:
    print("format(255, 'X')", '=', repr(format(255, 'X')))
except Exception as e:
    print("format(255, 'X')", '->', type(e).__name__, e)
try:
    print("format(0.1, '%')", '=', repr(format(0.1, '%')))
except Exception as e:
    print("format(0.1, '%')", '->', type(e).__name__, e)
try:
    print("format(1e300, '.2e')", '=', repr(format(1e300, '.2e')))
except Exception as e:
    print("format(1e300, '.2e')", '->', type(e).__name__, e)
try:
    print("format(12, 'n')", '=', repr(format(12, 'n')))
except Exception as e:
    print("format(12, 'n')", '->', type(e).__name__, e)
try:
    print("format(1.5, 'n')", '=', repr(format(1.5, 'n')))
except Exception as e:
    print("format(1.5, 'n')", '->', type(e).__name__, e)
try:
    print("format(True, '')", '=', repr(format(True, '')))
except Exception as e:
    print("format(True, '')", '->', type(e).__name__, e)
try:
    print("format(True, 'd')", '=', repr(format(True, 'd')))
except Exception as e:
    print("format(True, 'd')", '->', type(e).__name__, e)
try:
    print("format(3, '.2f')", '=', repr(format(3, '.2f')))
except Exception as e:
    print("format(3, '.2f')", '->', type(e).__name__, e)
try:
    print("format(3, 'e')", '=', repr(format(3, 'e')))
except Exception as e:
    print("format(3, 'e')", '->', type(e).__name__, e)
try:
    print("format('abc', 'd')", '=', repr(format('abc', 'd')))
except Exception as e:
    print("format('abc', 'd')", '->', type(e).__name__, e)
try:
    print("format(3.5, 'd')", '=', repr(format(3.5, 'd')))
except Exception as e:
    print("format(3.5, 'd')", '->', type(e).__name__, e)
try:
    print("'{:{}}'.format(5, 3)", '=', repr('{:{}}'.format(5, 3)))
except Exception as e:
    print("'{:{}}'.format(5, 3)", '->', type(e).__name__, e)
try:
    print("'{:{w}.{p}f}'.format(3.14159, w=8, p=2)", '=', repr('{:{w}.{p}f}'.format(3.14159, w=8, p=2)))
except Exception as e:
    print("'{:{w}.{p}f}'.format(3.14159, w=8, p=2)", '->', type(e).__name__, e)
try:
    print("'{0.real}'.format(5)", '=', repr('{0.real}'.format(5)))
except Exception as e:
    print("'{0.real}'.format(5)", '->', type(e).__name__, e)
try:
    print("'{0[a]}'.format({'a': 1})", '=', repr('{0[a]}'.format({'a': 1})))
except Exception as e:
    print("'{0[a]}'.format({'a': 1})", '->', type(e).__name__, e)
try:
    print("'{!r:^10}'.format('hi')", '=', repr('{!r:^10}'.format('hi')))
except Exception as e:
    print("'{!r:^10}'.format('hi')", '->', type(e).__name__, e)
try:
    print("'{}{}'.format(*'ab')", '=', repr('{}{}'.format(*'ab')))
except Exception as e:
    print("'{}{}'.format(*'ab')", '->', type(e).__name__, e)
try:
    print("'{a}{b}'.format(**{'a': 1, 'b': 2})", '=', repr('{a}{b}'.format(**{'a': 1, 'b': 2})))
except Exception as e:
    print("'{a}{b}'.format(**{'a': 1, 'b': 2})", '->', type(e).__name__, e)
