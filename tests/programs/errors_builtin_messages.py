# Error messages of operators, conversions and builtins (type and message of each failure).

try:
    print('1/0', '=', repr(1/0))
except Exception as e:
    print('1/0', '->', type(e).__name__, e)
try:
    print('1//0', '=', repr(1//0))
except Exception as e:
    print('1//0', '->', type(e).__name__, e)
try:
    print('1%0', '=', repr(1%0))
except Exception as e:
    print('1%0', '->', type(e).__name__, e)
try:
    print('1.0/0', '=', repr(1.0/0))
except Exception as e:
    print('1.0/0', '->', type(e).__name__, e)
try:
    print('1.0//0', '=', repr(1.0//0))
except Exception as e:
    print('1.0//0', '->', type(e).__name__, e)
try:
    print('1.0%0', '=', repr(1.0%0))
except Exception as e:
    print('1.0%0', '->', type(e).__name__, e)
try:
    print('divmod(1,0)', '=', repr(divmod(1,0)))
except Exception as e:
    print('divmod(1,0)', '->', type(e).__name__, e)
try:
    print('divmod(1.0,0)', '=', repr(divmod(1.0,0)))
except Exception as e:
    print('divmod(1.0,0)', '->', type(e).__name__, e)
try:
    print('0**-1', '=', repr(0**-1))
except Exception as e:
    print('0**-1', '->', type(e).__name__, e)
try:
    print('0.0**-1', '=', repr(0.0**-1))
except Exception as e:
    print('0.0**-1', '->', type(e).__name__, e)
try:
    print("int('abc')", '=', repr(int('abc')))
except Exception as e:
    print("int('abc')", '->', type(e).__name__, e)
try:
    print("int('')", '=', repr(int('')))
except Exception as e:
    print("int('')", '->', type(e).__name__, e)
try:
    print("int('1.5')", '=', repr(int('1.5')))
except Exception as e:
    print("int('1.5')", '->', type(e).__name__, e)
try:
    print("int('12', 2)", '=', repr(int('12', 2)))
except Exception as e:
    print("int('12', 2)", '->', type(e).__name__, e)
try:
    print('int(1.5, 10)', '=', repr(int(1.5, 10)))
except Exception as e:
    print('int(1.5, 10)', '->', type(e).__name__, e)
try:
    print("int('5', 1)", '=', repr(int('5', 1)))
except Exception as e:
    print("int('5', 1)", '->', type(e).__name__, e)
try:
    print('int(None)', '=', repr(int(None)))
except Exception as e:
    print('int(None)', '->', type(e).__name__, e)
try:
    print('int([1])', '=', repr(int([1])))
except Exception as e:
    print('int([1])', '->', type(e).__name__, e)
try:
    print("float('abc')", '=', repr(float('abc')))
except Exception as e:
    print("float('abc')", '->', type(e).__name__, e)
try:
    print("float('')", '=', repr(float('')))
except Exception as e:
    print("float('')", '->', type(e).__name__, e)
try:
    print('float(None)', '=', repr(float(None)))
except Exception as e:
    print('float(None)', '->', type(e).__name__, e)
try:
    print('float([1])', '=', repr(float([1])))
except Exception as e:
    print('float([1])', '->', type(e).__name__, e)
try:
    print("int(float('inf'))", '=', repr(int(float('inf'))))
except Exception as e:
    print("int(float('inf'))", '->', type(e).__name__, e)
try:
    print("int(float('nan'))", '=', repr(int(float('nan'))))
except Exception as e:
    print("int(float('nan'))", '->', type(e).__name__, e)
try:
    print("round(float('inf'))", '=', repr(round(float('inf'))))
except Exception as e:
    print("round(float('inf'))", '->', type(e).__name__, e)
try:
    print("round(float('nan'))", '=', repr(round(float('nan'))))
except Exception as e:
    print("round(float('nan'))", '->', type(e).__name__, e)
try:
    print("round(1.5, 'a')", '=', repr(round(1.5, 'a')))
except Exception as e:
    print("round(1.5, 'a')", '->', type(e).__name__, e)
try:
    print('chr(-1)', '=', repr(chr(-1)))
except Exception as e:
    print('chr(-1)', '->', type(e).__name__, e)
try:
    print('chr(0x110000)', '=', repr(chr(0x110000)))
except Exception as e:
    print('chr(0x110000)', '->', type(e).__name__, e)
try:
    print("ord('ab')", '=', repr(ord('ab')))
except Exception as e:
    print("ord('ab')", '->', type(e).__name__, e)
try:
    print("ord('')", '=', repr(ord('')))
except Exception as e:
    print("ord('')", '->', type(e).__name__, e)
try:
    print('ord(1)', '=', repr(ord(1)))
except Exception as e:
    print('ord(1)', '->', type(e).__name__, e)
try:
    print('hex(1.5)', '=', repr(hex(1.5)))
except Exception as e:
    print('hex(1.5)', '->', type(e).__name__, e)
try:
    print("hex('a')", '=', repr(hex('a')))
except Exception as e:
    print("hex('a')", '->', type(e).__name__, e)
try:
    print("abs('a')", '=', repr(abs('a')))
except Exception as e:
    print("abs('a')", '->', type(e).__name__, e)
try:
    print("-'a'", '=', repr(-'a'))
except Exception as e:
    print("-'a'", '->', type(e).__name__, e)
try:
    print('~1.5', '=', repr(~1.5))
except Exception as e:
    print('~1.5', '->', type(e).__name__, e)
try:
    print('+[]', '=', repr(+[]))
except Exception as e:
    print('+[]', '->', type(e).__name__, e)
try:
    print('1 << -1', '=', repr(1 << -1))
except Exception as e:
    print('1 << -1', '->', type(e).__name__, e)
try:
    print('1.5 << 1', '=', repr(1.5 << 1))
except Exception as e:
    print('1.5 << 1', '->', type(e).__name__, e)
try:
    print('1 & 1.5', '=', repr(1 & 1.5))
except Exception as e:
    print('1 & 1.5', '->', type(e).__name__, e)
try:
    print("1 + 'a'", '=', repr(1 + 'a'))
except Exception as e:
    print("1 + 'a'", '->', type(e).__name__, e)
try:
    print("'a' + 1", '=', repr('a' + 1))
except Exception as e:
    print("'a' + 1", '->', type(e).__name__, e)
try:
    print("'a' * 'b'", '=', repr('a' * 'b'))
except Exception as e:
    print("'a' * 'b'", '->', type(e).__name__, e)
try:
    print('[1] + (1,)', '=', repr([1] + (1,)))
except Exception as e:
    print('[1] + (1,)', '->', type(e).__name__, e)
try:
    print('None + 1', '=', repr(None + 1))
except Exception as e:
    print('None + 1', '->', type(e).__name__, e)
try:
    print("1 < 'a'", '=', repr(1 < 'a'))
except Exception as e:
    print("1 < 'a'", '->', type(e).__name__, e)
try:
    print('[] < 1', '=', repr([] < 1))
except Exception as e:
    print('[] < 1', '->', type(e).__name__, e)
try:
    print("'a' - 'b'", '=', repr('a' - 'b'))
except Exception as e:
    print("'a' - 'b'", '->', type(e).__name__, e)
try:
    print('[1] * 1.5', '=', repr([1] * 1.5))
except Exception as e:
    print('[1] * 1.5', '->', type(e).__name__, e)
try:
    print("2 ** 'a'", '=', repr(2 ** 'a'))
except Exception as e:
    print("2 ** 'a'", '->', type(e).__name__, e)
try:
    print("divmod('a', 1)", '=', repr(divmod('a', 1)))
except Exception as e:
    print("divmod('a', 1)", '->', type(e).__name__, e)
try:
    print('pow(2, 3, 0)', '=', repr(pow(2, 3, 0)))
except Exception as e:
    print('pow(2, 3, 0)', '->', type(e).__name__, e)
try:
    print('len(5)', '=', repr(len(5)))
except Exception as e:
    print('len(5)', '->', type(e).__name__, e)
try:
    print('len(None)', '=', repr(len(None)))
except Exception as e:
    print('len(None)', '->', type(e).__name__, e)
try:
    print('1 - None', '=', repr(1 - None))
except Exception as e:
    print('1 - None', '->', type(e).__name__, e)
try:
    print('{}[[1]]', '=', repr({}[[1]]))
except Exception as e:
    print('{}[[1]]', '->', type(e).__name__, e)
try:
    print('{[1]: 2}', '=', repr({[1]: 2}))
except Exception as e:
    print('{[1]: 2}', '->', type(e).__name__, e)
try:
    print('{{1}}', '=', repr({{1}}))
except Exception as e:
    print('{{1}}', '->', type(e).__name__, e)
try:
    print('hash([])', '=', repr(hash([])))
except Exception as e:
    print('hash([])', '->', type(e).__name__, e)
try:
    print('set([[1]])', '=', repr(set([[1]])))
except Exception as e:
    print('set([[1]])', '->', type(e).__name__, e)
try:
    print('1 in 5', '=', repr(1 in 5))
except Exception as e:
    print('1 in 5', '->', type(e).__name__, e)
try:
    print("'a' in 5", '=', repr('a' in 5))
except Exception as e:
    print("'a' in 5", '->', type(e).__name__, e)
try:
    print("1 in 'abc'", '=', repr(1 in 'abc'))
except Exception as e:
    print("1 in 'abc'", '->', type(e).__name__, e)
try:
    print("'abc'[5]", '=', repr('abc'[5]))
except Exception as e:
    print("'abc'[5]", '->', type(e).__name__, e)
try:
    print('[][0]', '=', repr([][0]))
except Exception as e:
    print('[][0]', '->', type(e).__name__, e)
try:
    print('(1,)[3]', '=', repr((1,)[3]))
except Exception as e:
    print('(1,)[3]', '->', type(e).__name__, e)
try:
    print('[1,2][None:1]', '=', repr([1,2][None:1]))
except Exception as e:
    print('[1,2][None:1]', '->', type(e).__name__, e)
try:
    print("{}['missing']", '=', repr({}['missing']))
except Exception as e:
    print("{}['missing']", '->', type(e).__name__, e)
try:
    print('{}[(1, 2)]', '=', repr({}[(1, 2)]))
except Exception as e:
    print('{}[(1, 2)]', '->', type(e).__name__, e)
try:
    print("{}['a\\'b']", '=', repr({}['a\'b']))
except Exception as e:
    print("{}['a\\'b']", '->', type(e).__name__, e)
try:
    print('x_undefined', '=', repr(x_undefined))
except Exception as e:
    print('x_undefined', '->', type(e).__name__, e)
try:
    print('len()', '=', repr(len()))
except Exception as e:
    print('len()', '->', type(e).__name__, e)
try:
    print('len(1, 2)', '=', repr(len(1, 2)))
except Exception as e:
    print('len(1, 2)', '->', type(e).__name__, e)
try:
    print('abs()', '=', repr(abs()))
except Exception as e:
    print('abs()', '->', type(e).__name__, e)
try:
    print('int(1, 2, 3)', '=', repr(int(1, 2, 3)))
except Exception as e:
    print('int(1, 2, 3)', '->', type(e).__name__, e)
try:
    print('isinstance(1)', '=', repr(isinstance(1)))
except Exception as e:
    print('isinstance(1)', '->', type(e).__name__, e)
try:
    print('isinstance(1, 5)', '=', repr(isinstance(1, 5)))
except Exception as e:
    print('isinstance(1, 5)', '->', type(e).__name__, e)
try:
    print('issubclass(1, int)', '=', repr(issubclass(1, int)))
except Exception as e:
    print('issubclass(1, int)', '->', type(e).__name__, e)
try:
    print('sorted(1)', '=', repr(sorted(1)))
except Exception as e:
    print('sorted(1)', '->', type(e).__name__, e)
try:
    print("sorted([1, 'a'])", '=', repr(sorted([1, 'a'])))
except Exception as e:
    print("sorted([1, 'a'])", '->', type(e).__name__, e)
try:
    print('max()', '=', repr(max()))
except Exception as e:
    print('max()', '->', type(e).__name__, e)
try:
    print('max([])', '=', repr(max([])))
except Exception as e:
    print('max([])', '->', type(e).__name__, e)
try:
    print('min([])', '=', repr(min([])))
except Exception as e:
    print('min([])', '->', type(e).__name__, e)
try:
    print('max(1)', '=', repr(max(1)))
except Exception as e:
    print('max(1)', '->', type(e).__name__, e)
try:
    print("sum(['a'])", '=', repr(sum(['a'])))
except Exception as e:
    print("sum(['a'])", '->', type(e).__name__, e)
try:
    print('sum(1)', '=', repr(sum(1)))
except Exception as e:
    print('sum(1)', '->', type(e).__name__, e)
try:
    print('iter(5)', '=', repr(iter(5)))
except Exception as e:
    print('iter(5)', '->', type(e).__name__, e)
try:
    print('next(iter([]))', '=', repr(next(iter([]))))
except Exception as e:
    print('next(iter([]))', '->', type(e).__name__, e)
try:
    print('next(5)', '=', repr(next(5)))
except Exception as e:
    print('next(5)', '->', type(e).__name__, e)
try:
    print("'abc'.index('z')", '=', repr('abc'.index('z')))
except Exception as e:
    print("'abc'.index('z')", '->', type(e).__name__, e)
try:
    print("'abc'.find()", '=', repr('abc'.find()))
except Exception as e:
    print("'abc'.find()", '->', type(e).__name__, e)
try:
    print('[1].index(2)', '=', repr([1].index(2)))
except Exception as e:
    print('[1].index(2)', '->', type(e).__name__, e)
try:
    print('[].remove(1)', '=', repr([].remove(1)))
except Exception as e:
    print('[].remove(1)', '->', type(e).__name__, e)
try:
    print('[].pop()', '=', repr([].pop()))
except Exception as e:
    print('[].pop()', '->', type(e).__name__, e)
try:
    print('[1].pop(5)', '=', repr([1].pop(5)))
except Exception as e:
    print('[1].pop(5)', '->', type(e).__name__, e)
try:
    print("{}.pop('k')", '=', repr({}.pop('k')))
except Exception as e:
    print("{}.pop('k')", '->', type(e).__name__, e)
try:
    print('set().pop()', '=', repr(set().pop()))
except Exception as e:
    print('set().pop()', '->', type(e).__name__, e)
try:
    print('set().remove(1)', '=', repr(set().remove(1)))
except Exception as e:
    print('set().remove(1)', '->', type(e).__name__, e)
try:
    print("'a'.join([1])", '=', repr('a'.join([1])))
except Exception as e:
    print("'a'.join([1])", '->', type(e).__name__, e)
try:
    print("','.join(5)", '=', repr(','.join(5)))
except Exception as e:
    print("','.join(5)", '->', type(e).__name__, e)
try:
    print("'a b'.split('')", '=', repr('a b'.split('')))
except Exception as e:
    print("'a b'.split('')", '->', type(e).__name__, e)
try:
    print("'abc'.replace(1, 2)", '=', repr('abc'.replace(1, 2)))
except Exception as e:
    print("'abc'.replace(1, 2)", '->', type(e).__name__, e)
try:
    print("'abc'.startswith(1)", '=', repr('abc'.startswith(1)))
except Exception as e:
    print("'abc'.startswith(1)", '->', type(e).__name__, e)
try:
    print('(1,2).index(3)', '=', repr((1,2).index(3)))
except Exception as e:
    print('(1,2).index(3)', '->', type(e).__name__, e)
try:
    print("'x'.upper(1)", '=', repr('x'.upper(1)))
except Exception as e:
    print("'x'.upper(1)", '->', type(e).__name__, e)
try:
    print('dict(1)', '=', repr(dict(1)))
except Exception as e:
    print('dict(1)', '->', type(e).__name__, e)
try:
    print('dict([1])', '=', repr(dict([1])))
except Exception as e:
    print('dict([1])', '->', type(e).__name__, e)
try:
    print('dict([(1,2,3)])', '=', repr(dict([(1,2,3)])))
except Exception as e:
    print('dict([(1,2,3)])', '->', type(e).__name__, e)
try:
    print('list(1)', '=', repr(list(1)))
except Exception as e:
    print('list(1)', '->', type(e).__name__, e)
try:
    print('tuple(1)', '=', repr(tuple(1)))
except Exception as e:
    print('tuple(1)', '->', type(e).__name__, e)
try:
    print('zip(1)', '=', repr(zip(1)))
except Exception as e:
    print('zip(1)', '->', type(e).__name__, e)
try:
    print('enumerate(1)', '=', repr(enumerate(1)))
except Exception as e:
    print('enumerate(1)', '->', type(e).__name__, e)
try:
    print('map(None, 1)', '=', repr(map(None, 1)))
except Exception as e:
    print('map(None, 1)', '->', type(e).__name__, e)
try:
    print('filter(None, 1)', '=', repr(filter(None, 1)))
except Exception as e:
    print('filter(None, 1)', '->', type(e).__name__, e)
try:
    print('reversed(5)', '=', repr(reversed(5)))
except Exception as e:
    print('reversed(5)', '->', type(e).__name__, e)
try:
    print('range(1.5)', '=', repr(range(1.5)))
except Exception as e:
    print('range(1.5)', '->', type(e).__name__, e)
try:
    print('range()', '=', repr(range()))
except Exception as e:
    print('range()', '->', type(e).__name__, e)
try:
    print('range(1, 2, 0)', '=', repr(range(1, 2, 0)))
except Exception as e:
    print('range(1, 2, 0)', '->', type(e).__name__, e)
try:
    print("'a' < 1", '=', repr('a' < 1))
except Exception as e:
    print("'a' < 1", '->', type(e).__name__, e)
try:
    print("(1,) < ('a',)", '=', repr((1,) < ('a',)))
except Exception as e:
    print("(1,) < ('a',)", '->', type(e).__name__, e)
try:
    print("getattr(1, 'zz')", '=', repr(getattr(1, 'zz')))
except Exception as e:
    print("getattr(1, 'zz')", '->', type(e).__name__, e)
try:
    print('getattr(1, 5)', '=', repr(getattr(1, 5)))
except Exception as e:
    print('getattr(1, 5)', '->', type(e).__name__, e)
try:
    print("setattr(1, 'a', 2)", '=', repr(setattr(1, 'a', 2)))
except Exception as e:
    print("setattr(1, 'a', 2)", '->', type(e).__name__, e)
try:
    print('object().x', '=', repr(object().x))
except Exception as e:
    print('object().x', '->', type(e).__name__, e)
try:
    print("'abc'.zz", '=', repr('abc'.zz))
except Exception as e:
    print("'abc'.zz", '->', type(e).__name__, e)
try:
    print('[].zz', '=', repr([].zz))
except Exception as e:
    print('[].zz', '->', type(e).__name__, e)
try:
    print('None.zz', '=', repr(None.zz))
except Exception as e:
    print('None.zz', '->', type(e).__name__, e)
try:
    print('int.zz', '=', repr(int.zz))
except Exception as e:
    print('int.zz', '->', type(e).__name__, e)
try:
    print('print(sep=5)', '=', repr(print(sep=5)))
except Exception as e:
    print('print(sep=5)', '->', type(e).__name__, e)
try:
    print('print(end=5)', '=', repr(print(end=5)))
except Exception as e:
    print('print(end=5)', '->', type(e).__name__, e)
try:
    print('print(foo=1)', '=', repr(print(foo=1)))
except Exception as e:
    print('print(foo=1)', '->', type(e).__name__, e)
try:
    print("open('/nonexistent/x')", '=', repr(open('/nonexistent/x')))
except Exception as e:
    print("open('/nonexistent/x')", '->', type(e).__name__, e)
try:
    print("open('/tmp', 'r').read()", '=', repr(open('/tmp', 'r').read()))
except Exception as e:
    print("open('/tmp', 'r').read()", '->', type(e).__name__, e)
try:
    print("open('/tmp/x', 'z')", '=', repr(open('/tmp/x', 'z')))
except Exception as e:
    print("open('/tmp/x', 'z')", '->', type(e).__name__, e)
try:
    print("[1,2,3].index(1, 'a')", '=', repr([1,2,3].index(1, 'a')))
except Exception as e:
    print("[1,2,3].index(1, 'a')", '->', type(e).__name__, e)
try:
    print("'abc'.count()", '=', repr('abc'.count()))
except Exception as e:
    print("'abc'.count()", '->', type(e).__name__, e)
try:
    print("'%s' % ()", '=', repr('%s' % ()))
except Exception as e:
    print("'%s' % ()", '->', type(e).__name__, e)
try:
    print("'abc' * -1", '=', repr('abc' * -1))
except Exception as e:
    print("'abc' * -1", '->', type(e).__name__, e)
try:
    print('[1] * -1', '=', repr([1] * -1))
except Exception as e:
    print('[1] * -1', '->', type(e).__name__, e)
try:
    print("min(1, 'a')", '=', repr(min(1, 'a')))
except Exception as e:
    print("min(1, 'a')", '->', type(e).__name__, e)
try:
    print('sorted([3,1,2], key=5)', '=', repr(sorted([3,1,2], key=5)))
except Exception as e:
    print('sorted([3,1,2], key=5)', '->', type(e).__name__, e)
try:
    print("sorted([1], reverse='x')", '=', repr(sorted([1], reverse='x')))
except Exception as e:
    print("sorted([1], reverse='x')", '->', type(e).__name__, e)
try:
    print('sorted([1], foo=1)', '=', repr(sorted([1], foo=1)))
except Exception as e:
    print('sorted([1], foo=1)', '->', type(e).__name__, e)
try:
    print('{}.get()', '=', repr({}.get()))
except Exception as e:
    print('{}.get()', '->', type(e).__name__, e)
try:
    print('{}.setdefault()', '=', repr({}.setdefault()))
except Exception as e:
    print('{}.setdefault()', '->', type(e).__name__, e)
try:
    print('{}.update(1)', '=', repr({}.update(1)))
except Exception as e:
    print('{}.update(1)', '->', type(e).__name__, e)
try:
    print('{1}.union(1)', '=', repr({1}.union(1)))
except Exception as e:
    print('{1}.union(1)', '->', type(e).__name__, e)
try:
    print('[].extend(1)', '=', repr([].extend(1)))
except Exception as e:
    print('[].extend(1)', '->', type(e).__name__, e)
try:
    print('[].insert(1)', '=', repr([].insert(1)))
except Exception as e:
    print('[].insert(1)', '->', type(e).__name__, e)
try:
    print('[].sort(1)', '=', repr([].sort(1)))
except Exception as e:
    print('[].sort(1)', '->', type(e).__name__, e)
try:
    print("'abc'.split(1)", '=', repr('abc'.split(1)))
except Exception as e:
    print("'abc'.split(1)", '->', type(e).__name__, e)
try:
    print("'abc'.strip(1)", '=', repr('abc'.strip(1)))
except Exception as e:
    print("'abc'.strip(1)", '->', type(e).__name__, e)
try:
    print("int('0x1f', 16)", '=', repr(int('0x1f', 16)))
except Exception as e:
    print("int('0x1f', 16)", '->', type(e).__name__, e)
try:
    print("int('0x1f', 0)", '=', repr(int('0x1f', 0)))
except Exception as e:
    print("int('0x1f', 0)", '->', type(e).__name__, e)
try:
    print("int('010', 0)", '=', repr(int('010', 0)))
except Exception as e:
    print("int('010', 0)", '->', type(e).__name__, e)
try:
    print("int('1__0')", '=', repr(int('1__0')))
except Exception as e:
    print("int('1__0')", '->', type(e).__name__, e)
try:
    print("int('_1')", '=', repr(int('_1')))
except Exception as e:
    print("int('_1')", '->', type(e).__name__, e)
try:
    print("float('1__0')", '=', repr(float('1__0')))
except Exception as e:
    print("float('1__0')", '->', type(e).__name__, e)
try:
    print("float('inf ')", '=', repr(float('inf ')))
except Exception as e:
    print("float('inf ')", '->', type(e).__name__, e)
try:
    print("float('infinity')", '=', repr(float('infinity')))
except Exception as e:
    print("float('infinity')", '->', type(e).__name__, e)
try:
    print("float('-nAn')", '=', repr(float('-nAn')))
except Exception as e:
    print("float('-nAn')", '->', type(e).__name__, e)
try:
    print('round(2.5, None)', '=', repr(round(2.5, None)))
except Exception as e:
    print('round(2.5, None)', '->', type(e).__name__, e)
try:
    print('round(0.1, 20)', '=', repr(round(0.1, 20)))
except Exception as e:
    print('round(0.1, 20)', '->', type(e).__name__, e)
try:
    print('round(12345, -10)', '=', repr(round(12345, -10)))
except Exception as e:
    print('round(12345, -10)', '->', type(e).__name__, e)
try:
    print('divmod(-7, 0.0)', '=', repr(divmod(-7, 0.0)))
except Exception as e:
    print('divmod(-7, 0.0)', '->', type(e).__name__, e)
try:
    print('chr(55296)', '=', repr(chr(55296)))
except Exception as e:
    print('chr(55296)', '->', type(e).__name__, e)
