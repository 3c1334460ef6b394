# divmod of unsupported types, and user types with __divmod__/__rdivmod__.
class D:
    def __divmod__(self, o):
        return ('div', o)
    def __rdivmod__(self, o):
        return ('rdiv', o)


class N:
    def __divmod__(self, o):
        return NotImplemented

try:
    print("divmod('a', 1)", '=', repr(divmod('a', 1)))
except Exception as e:
    print("divmod('a', 1)", '->', type(e).__name__, e)
try:
    print("divmod(1, 'a')", '=', repr(divmod(1, 'a')))
except Exception as e:
    print("divmod(1, 'a')", '->', type(e).__name__, e)
try:
    print('divmod([], [])', '=', repr(divmod([], [])))
except Exception as e:
    print('divmod([], [])', '->', type(e).__name__, e)
try:
    print('divmod(None, 2)', '=', repr(divmod(None, 2)))
except Exception as e:
    print('divmod(None, 2)', '->', type(e).__name__, e)
try:
    print('divmod(7, 2)', '=', repr(divmod(7, 2)))
except Exception as e:
    print('divmod(7, 2)', '->', type(e).__name__, e)
try:
    print('divmod(-7.5, 2)', '=', repr(divmod(-7.5, 2)))
except Exception as e:
    print('divmod(-7.5, 2)', '->', type(e).__name__, e)
try:
    print('divmod(D(), 3)', '=', repr(divmod(D(), 3)))
except Exception as e:
    print('divmod(D(), 3)', '->', type(e).__name__, e)
try:
    print('divmod(3, D())', '=', repr(divmod(3, D())))
except Exception as e:
    print('divmod(3, D())', '->', type(e).__name__, e)
try:
    print('divmod(N(), 3)', '=', repr(divmod(N(), 3)))
except Exception as e:
    print('divmod(N(), 3)', '->', type(e).__name__, e)
