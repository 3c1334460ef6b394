# list.index/tuple.index start and stop must be integers (not None); str.find accepts None.
try:
    print('[1, 2, 3].index(2, 1)', '=', repr([1, 2, 3].index(2, 1)))
except Exception as e:
    print('[1, 2, 3].index(2, 1)', '->', type(e).__name__, e)
try:
    print('[1, 2, 3].index(2, 0, 5)', '=', repr([1, 2, 3].index(2, 0, 5)))
except Exception as e:
    print('[1, 2, 3].index(2, 0, 5)', '->', type(e).__name__, e)
try:
    print("[1, 2, 3].index(1, 'a')", '=', repr([1, 2, 3].index(1, 'a')))
except Exception as e:
    print("[1, 2, 3].index(1, 'a')", '->', type(e).__name__, e)
try:
    print('[1, 2, 3].index(1, None)', '=', repr([1, 2, 3].index(1, None)))
except Exception as e:
    print('[1, 2, 3].index(1, None)', '->', type(e).__name__, e)
try:
    print('[1, 2, 3].index(1, 0, 1.5)', '=', repr([1, 2, 3].index(1, 0, 1.5)))
except Exception as e:
    print('[1, 2, 3].index(1, 0, 1.5)', '->', type(e).__name__, e)
try:
    print("(1, 2).index(2, 'x')", '=', repr((1, 2).index(2, 'x')))
except Exception as e:
    print("(1, 2).index(2, 'x')", '->', type(e).__name__, e)
try:
    print('(1, 2).index(2, -1)', '=', repr((1, 2).index(2, -1)))
except Exception as e:
    print('(1, 2).index(2, -1)', '->', type(e).__name__, e)
try:
    print("'abc'.find('c', None)", '=', repr('abc'.find('c', None)))
except Exception as e:
    print("'abc'.find('c', None)", '->', type(e).__name__, e)
try:
    print("'abc'.find('c', 'x')", '=', repr('abc'.find('c', 'x')))
except Exception as e:
    print("'abc'.find('c', 'x')", '->', type(e).__name__, e)
try:
    print("'abc'.index('c', None, None)", '=', repr('abc'.index('c', None, None)))
except Exception as e:
    print("'abc'.index('c', None, None)", '->', type(e).__name__, e)
try:
    print('[1, 2, 3].index(3, -1)', '=', repr([1, 2, 3].index(3, -1)))
except Exception as e:
    print('[1, 2, 3].index(3, -1)', '->', type(e).__name__, e)
try:
    print('[1, 2, 3].index(1, 1)', '=', repr([1, 2, 3].index(1, 1)))
except Exception as e:
    print('[1, 2, 3].index(1, 1)', '->', type(e).__name__, e)
try:
    print('[1, 2, 3].index(True, 0, 1)', '=', repr([1, 2, 3].index(True, 0, 1)))
except Exception as e:
    print('[1, 2, 3].index(True, 0, 1)', '->', type(e).__name__, e)
