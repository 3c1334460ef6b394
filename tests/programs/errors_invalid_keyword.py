# Unknown keyword arguments to builtins are reported the argument clinic's way in 3.11.
try:
    print("print('x', foo=1)", '=', repr(print('x', foo=1)))
except Exception as e:
    print("print('x', foo=1)", '->', type(e).__name__, e)
try:
    print('sorted([2, 1], foo=1)', '=', repr(sorted([2, 1], foo=1)))
except Exception as e:
    print('sorted([2, 1], foo=1)', '->', type(e).__name__, e)
try:
    print('sorted([2, 1], reverse=True, key=None)', '=', repr(sorted([2, 1], reverse=True, key=None)))
except Exception as e:
    print('sorted([2, 1], reverse=True, key=None)', '->', type(e).__name__, e)
try:
    print('sorted()', '=', repr(sorted()))
except Exception as e:
    print('sorted()', '->', type(e).__name__, e)
try:
    print('sorted([1], [2])', '=', repr(sorted([1], [2])))
except Exception as e:
    print('sorted([1], [2])', '->', type(e).__name__, e)
try:
    print("int(x='5')", '=', repr(int(x='5')))
except Exception as e:
    print("int(x='5')", '->', type(e).__name__, e)
try:
    print("int('5', bas=2)", '=', repr(int('5', bas=2)))
except Exception as e:
    print("int('5', bas=2)", '->', type(e).__name__, e)
try:
    print("int('11', base=2)", '=', repr(int('11', base=2)))
except Exception as e:
    print("int('11', base=2)", '->', type(e).__name__, e)
try:
    print('max([1], foo=1)', '=', repr(max([1], foo=1)))
except Exception as e:
    print('max([1], foo=1)', '->', type(e).__name__, e)
try:
    print('min([1], default=0, key=None, x=1)', '=', repr(min([1], default=0, key=None, x=1)))
except Exception as e:
    print('min([1], default=0, key=None, x=1)', '->', type(e).__name__, e)
try:
    print('enumerate([1], foo=1)', '=', repr(enumerate([1], foo=1)))
except Exception as e:
    print('enumerate([1], foo=1)', '->', type(e).__name__, e)
try:
    print('round(1.5, foo=2)', '=', repr(round(1.5, foo=2)))
except Exception as e:
    print('round(1.5, foo=2)', '->', type(e).__name__, e)
try:
    print('zip([1], foo=1)', '=', repr(zip([1], foo=1)))
except Exception as e:
    print('zip([1], foo=1)', '->', type(e).__name__, e)
try:
    print('sum([1], foo=1)', '=', repr(sum([1], foo=1)))
except Exception as e:
    print('sum([1], foo=1)', '->', type(e).__name__, e)
try:
    print('sum([1], start=5)', '=', repr(sum([1], start=5)))
except Exception as e:
    print('sum([1], start=5)', '->', type(e).__name__, e)
try:
    print("open('x', foo=1)", '=', repr(open('x', foo=1)))
except Exception as e:
    print("open('x', foo=1)", '->', type(e).__name__, e)
try:
    print('[3, 1].sort(1)', '=', repr([3, 1].sort(1)))
except Exception as e:
    print('[3, 1].sort(1)', '->', type(e).__name__, e)
try:
    print('[3, 1].sort(1, 2, 3)', '=', repr([3, 1].sort(1, 2, 3)))
except Exception as e:
    print('[3, 1].sort(1, 2, 3)', '->', type(e).__name__, e)
try:
    print('[3, 1].sort(reverse=1)', '=', repr([3, 1].sort(reverse=1)))
except Exception as e:
    print('[3, 1].sort(reverse=1)', '->', type(e).__name__, e)
try:
    print('sorted([1, 2], reverse=None)', '=', repr(sorted([1, 2], reverse=None)))
except Exception as e:
    print('sorted([1, 2], reverse=None)', '->', type(e).__name__, e)
try:
    print('sorted([1, 2], reverse=2.5)', '=', repr(sorted([1, 2], reverse=2.5)))
except Exception as e:
    print('sorted([1, 2], reverse=2.5)', '->', type(e).__name__, e)
try:
    print("sorted([1, 2], reverse='yes')", '=', repr(sorted([1, 2], reverse='yes')))
except Exception as e:
    print("sorted([1, 2], reverse='yes')", '->', type(e).__name__, e)
try:
    print('len([], x=1)', '=', repr(len([], x=1)))
except Exception as e:
    print('len([], x=1)', '->', type(e).__name__, e)
try:
    print('abs(x=1)', '=', repr(abs(x=1)))
except Exception as e:
    print('abs(x=1)', '->', type(e).__name__, e)
try:
    print('isinstance(1, int, 2)', '=', repr(isinstance(1, int, 2)))
except Exception as e:
    print('isinstance(1, int, 2)', '->', type(e).__name__, e)
try:
    print('repr()', '=', repr(repr()))
except Exception as e:
    print('repr()', '->', type(e).__name__, e)
try:
    print('divmod(1)', '=', repr(divmod(1)))
except Exception as e:
    print('divmod(1)', '->', type(e).__name__, e)
