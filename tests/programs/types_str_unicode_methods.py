# str methods on Unicode text: case mapping (incl. special casing), predicates, split/strip/find/replace/count edge cases.

try:
    print("'héllo'[1]", '=', repr('héllo'[1]))
except Exception as e:
    print("'héllo'[1]", '->', type(e).__name__, e)
try:
    print("'héllo'[::-1]", '=', repr('héllo'[::-1]))
except Exception as e:
    print("'héllo'[::-1]", '->', type(e).__name__, e)
try:
    print("'日本語'[1:]", '=', repr('日本語'[1:]))
except Exception as e:
    print("'日本語'[1:]", '->', type(e).__name__, e)
try:
    print("len('😀ab')", '=', repr(len('😀ab')))
except Exception as e:
    print("len('😀ab')", '->', type(e).__name__, e)
try:
    print("'ÉCOLE'.lower()", '=', repr('ÉCOLE'.lower()))
except Exception as e:
    print("'ÉCOLE'.lower()", '->', type(e).__name__, e)
try:
    print("'straße'.upper()", '=', repr('straße'.upper()))
except Exception as e:
    print("'straße'.upper()", '->', type(e).__name__, e)
try:
    print("'ǅ'.lower()", '=', repr('ǅ'.lower()))
except Exception as e:
    print("'ǅ'.lower()", '->', type(e).__name__, e)
try:
    print("'ﬁ'.upper()", '=', repr('ﬁ'.upper()))
except Exception as e:
    print("'ﬁ'.upper()", '->', type(e).__name__, e)
try:
    print("'İ'.lower()", '=', repr('İ'.lower()))
except Exception as e:
    print("'İ'.lower()", '->', type(e).__name__, e)
try:
    print("'Σ'.lower()", '=', repr('Σ'.lower()))
except Exception as e:
    print("'Σ'.lower()", '->', type(e).__name__, e)
try:
    print("'ΑΣ'.lower()", '=', repr('ΑΣ'.lower()))
except Exception as e:
    print("'ΑΣ'.lower()", '->', type(e).__name__, e)
try:
    print("'ß'.upper()", '=', repr('ß'.upper()))
except Exception as e:
    print("'ß'.upper()", '->', type(e).__name__, e)
try:
    print("'é'.isalpha()", '=', repr('é'.isalpha()))
except Exception as e:
    print("'é'.isalpha()", '->', type(e).__name__, e)
try:
    print("'٣'.isdigit()", '=', repr('٣'.isdigit()))
except Exception as e:
    print("'٣'.isdigit()", '->', type(e).__name__, e)
try:
    print("'²'.isdigit()", '=', repr('²'.isdigit()))
except Exception as e:
    print("'²'.isdigit()", '->', type(e).__name__, e)
try:
    print("'\\u2003'.isspace()", '=', repr('\u2003'.isspace()))
except Exception as e:
    print("'\\u2003'.isspace()", '->', type(e).__name__, e)
try:
    print("'\\x1c'.isspace()", '=', repr('\x1c'.isspace()))
except Exception as e:
    print("'\\x1c'.isspace()", '->', type(e).__name__, e)
try:
    print("''.isdigit()", '=', repr(''.isdigit()))
except Exception as e:
    print("''.isdigit()", '->', type(e).__name__, e)
try:
    print("''.isalpha()", '=', repr(''.isalpha()))
except Exception as e:
    print("''.isalpha()", '->', type(e).__name__, e)
try:
    print("''.isspace()", '=', repr(''.isspace()))
except Exception as e:
    print("''.isspace()", '->', type(e).__name__, e)
try:
    print("'a,b,,c'.split(',')", '=', repr('a,b,,c'.split(',')))
except Exception as e:
    print("'a,b,,c'.split(',')", '->', type(e).__name__, e)
try:
    print("'  a  b  '.split()", '=', repr('  a  b  '.split()))
except Exception as e:
    print("'  a  b  '.split()", '->', type(e).__name__, e)
try:
    print("'a b c'.split(None, 1)", '=', repr('a b c'.split(None, 1)))
except Exception as e:
    print("'a b c'.split(None, 1)", '->', type(e).__name__, e)
try:
    print("'a,b,c'.split(',', 1)", '=', repr('a,b,c'.split(',', 1)))
except Exception as e:
    print("'a,b,c'.split(',', 1)", '->', type(e).__name__, e)
try:
    print("'a,b,c'.split(',', -1)", '=', repr('a,b,c'.split(',', -1)))
except Exception as e:
    print("'a,b,c'.split(',', -1)", '->', type(e).__name__, e)
try:
    print("'abc'.split('abc')", '=', repr('abc'.split('abc')))
except Exception as e:
    print("'abc'.split('abc')", '->', type(e).__name__, e)
try:
    print("''.split()", '=', repr(''.split()))
except Exception as e:
    print("''.split()", '->', type(e).__name__, e)
try:
    print("''.split(',')", '=', repr(''.split(',')))
except Exception as e:
    print("''.split(',')", '->', type(e).__name__, e)
try:
    print("'\\ta\\n\\x0bb\\x1cc'.split()", '=', repr('\ta\n\x0bb\x1cc'.split()))
except Exception as e:
    print("'\\ta\\n\\x0bb\\x1cc'.split()", '->', type(e).__name__, e)
try:
    print("'a\\u3000b'.split()", '=', repr('a\u3000b'.split()))
except Exception as e:
    print("'a\\u3000b'.split()", '->', type(e).__name__, e)
try:
    print("'  xx  '.strip()", '=', repr('  xx  '.strip()))
except Exception as e:
    print("'  xx  '.strip()", '->', type(e).__name__, e)
try:
    print("'xxhixx'.strip('x')", '=', repr('xxhixx'.strip('x')))
except Exception as e:
    print("'xxhixx'.strip('x')", '->', type(e).__name__, e)
try:
    print("'abcba'.strip('ab')", '=', repr('abcba'.strip('ab')))
except Exception as e:
    print("'abcba'.strip('ab')", '->', type(e).__name__, e)
try:
    print("'  x'.lstrip()", '=', repr('  x'.lstrip()))
except Exception as e:
    print("'  x'.lstrip()", '->', type(e).__name__, e)
try:
    print("'x  '.rstrip()", '=', repr('x  '.rstrip()))
except Exception as e:
    print("'x  '.rstrip()", '->', type(e).__name__, e)
try:
    print("'abc'.lstrip('')", '=', repr('abc'.lstrip('')))
except Exception as e:
    print("'abc'.lstrip('')", '->', type(e).__name__, e)
try:
    print("'\\u3000x\\u3000'.strip()", '=', repr('\u3000x\u3000'.strip()))
except Exception as e:
    print("'\\u3000x\\u3000'.strip()", '->', type(e).__name__, e)
try:
    print("'hello'.startswith(('he', 'x'))", '=', repr('hello'.startswith(('he', 'x'))))
except Exception as e:
    print("'hello'.startswith(('he', 'x'))", '->', type(e).__name__, e)
try:
    print("'hello'.endswith(('lo', 'x'))", '=', repr('hello'.endswith(('lo', 'x'))))
except Exception as e:
    print("'hello'.endswith(('lo', 'x'))", '->', type(e).__name__, e)
try:
    print("'hello'.startswith('l', 2)", '=', repr('hello'.startswith('l', 2)))
except Exception as e:
    print("'hello'.startswith('l', 2)", '->', type(e).__name__, e)
try:
    print("'hello'.endswith('l', 0, 4)", '=', repr('hello'.endswith('l', 0, 4)))
except Exception as e:
    print("'hello'.endswith('l', 0, 4)", '->', type(e).__name__, e)
try:
    print("'hello'.find('l')", '=', repr('hello'.find('l')))
except Exception as e:
    print("'hello'.find('l')", '->', type(e).__name__, e)
try:
    print("'hello'.find('l', 3)", '=', repr('hello'.find('l', 3)))
except Exception as e:
    print("'hello'.find('l', 3)", '->', type(e).__name__, e)
try:
    print("'hello'.find('l', -2)", '=', repr('hello'.find('l', -2)))
except Exception as e:
    print("'hello'.find('l', -2)", '->', type(e).__name__, e)
try:
    print("'hello'.find('')", '=', repr('hello'.find('')))
except Exception as e:
    print("'hello'.find('')", '->', type(e).__name__, e)
try:
    print("'hello'.find('', 10)", '=', repr('hello'.find('', 10)))
except Exception as e:
    print("'hello'.find('', 10)", '->', type(e).__name__, e)
try:
    print("'hello'.find('z')", '=', repr('hello'.find('z')))
except Exception as e:
    print("'hello'.find('z')", '->', type(e).__name__, e)
try:
    print("'hello'.replace('l', 'L')", '=', repr('hello'.replace('l', 'L')))
except Exception as e:
    print("'hello'.replace('l', 'L')", '->', type(e).__name__, e)
try:
    print("'hello'.replace('l', 'L', 1)", '=', repr('hello'.replace('l', 'L', 1)))
except Exception as e:
    print("'hello'.replace('l', 'L', 1)", '->', type(e).__name__, e)
try:
    print("'hello'.replace('', '-')", '=', repr('hello'.replace('', '-')))
except Exception as e:
    print("'hello'.replace('', '-')", '->', type(e).__name__, e)
try:
    print("'hello'.replace('', '-', 2)", '=', repr('hello'.replace('', '-', 2)))
except Exception as e:
    print("'hello'.replace('', '-', 2)", '->', type(e).__name__, e)
try:
    print("'aaa'.replace('a', 'b', 0)", '=', repr('aaa'.replace('a', 'b', 0)))
except Exception as e:
    print("'aaa'.replace('a', 'b', 0)", '->', type(e).__name__, e)
try:
    print("'aaa'.replace('a', 'b', -1)", '=', repr('aaa'.replace('a', 'b', -1)))
except Exception as e:
    print("'aaa'.replace('a', 'b', -1)", '->', type(e).__name__, e)
try:
    print("'hello'.count('l')", '=', repr('hello'.count('l')))
except Exception as e:
    print("'hello'.count('l')", '->', type(e).__name__, e)
try:
    print("'aaaa'.count('aa')", '=', repr('aaaa'.count('aa')))
except Exception as e:
    print("'aaaa'.count('aa')", '->', type(e).__name__, e)
try:
    print("'hello'.count('')", '=', repr('hello'.count('')))
except Exception as e:
    print("'hello'.count('')", '->', type(e).__name__, e)
try:
    print("'héllo'.count('')", '=', repr('héllo'.count('')))
except Exception as e:
    print("'héllo'.count('')", '->', type(e).__name__, e)
try:
    print("'hello'.index('l')", '=', repr('hello'.index('l')))
except Exception as e:
    print("'hello'.index('l')", '->', type(e).__name__, e)
try:
    print("'hello'.index('l', 3)", '=', repr('hello'.index('l', 3)))
except Exception as e:
    print("'hello'.index('l', 3)", '->', type(e).__name__, e)
try:
    print("'-'.join(['a', 'b'])", '=', repr('-'.join(['a', 'b'])))
except Exception as e:
    print("'-'.join(['a', 'b'])", '->', type(e).__name__, e)
try:
    print("''.join([])", '=', repr(''.join([])))
except Exception as e:
    print("''.join([])", '->', type(e).__name__, e)
try:
    print("'-'.join('abc')", '=', repr('-'.join('abc')))
except Exception as e:
    print("'-'.join('abc')", '->', type(e).__name__, e)
try:
    print("'-'.join(('x',))", '=', repr('-'.join(('x',))))
except Exception as e:
    print("'-'.join(('x',))", '->', type(e).__name__, e)
try:
    print("'{:>4}'.format('é')", '=', repr('{:>4}'.format('é')))
except Exception as e:
    print("'{:>4}'.format('é')", '->', type(e).__name__, e)
try:
    print("'{0!r}'.format('é')", '=', repr('{0!r}'.format('é')))
except Exception as e:
    print("'{0!r}'.format('é')", '->', type(e).__name__, e)
try:
    print("'{:d}'.format('a')", '=', repr('{:d}'.format('a')))
except Exception as e:
    print("'{:d}'.format('a')", '->', type(e).__name__, e)
try:
    print("'{} {}'.format(1)", '=', repr('{} {}'.format(1)))
except Exception as e:
    print("'{} {}'.format(1)", '->', type(e).__name__, e)
try:
    print("'{'.format(1)", '=', repr('{'.format(1)))
except Exception as e:
    print("'{'.format(1)", '->', type(e).__name__, e)
try:
    print("'}'.format(1)", '=', repr('}'.format(1)))
except Exception as e:
    print("'}'.format(1)", '->', type(e).__name__, e)
try:
    print("'{a}'.format(1)", '=', repr('{a}'.format(1)))
except Exception as e:
    print("'{a}'.format(1)", '->', type(e).__name__, e)
try:
    print("'{0}'.format()", '=', repr('{0}'.format()))
except Exception as e:
    print("'{0}'.format()", '->', type(e).__name__, e)
try:
    print("'{:x}'.format(1.5)", '=', repr('{:x}'.format(1.5)))
except Exception as e:
    print("'{:x}'.format(1.5)", '->', type(e).__name__, e)
try:
    print("'{:s}'.format(1)", '=', repr('{:s}'.format(1)))
except Exception as e:
    print("'{:s}'.format(1)", '->', type(e).__name__, e)
try:
    print("'{:,}'.format(1.5)", '=', repr('{:,}'.format(1.5)))
except Exception as e:
    print("'{:,}'.format(1.5)", '->', type(e).__name__, e)
try:
    print("'{:.3}'.format('abcdef')", '=', repr('{:.3}'.format('abcdef')))
except Exception as e:
    print("'{:.3}'.format('abcdef')", '->', type(e).__name__, e)
try:
    print("'{:10}'.format(5)", '=', repr('{:10}'.format(5)))
except Exception as e:
    print("'{:10}'.format(5)", '->', type(e).__name__, e)
try:
    print("'{:10}'.format('s')", '=', repr('{:10}'.format('s')))
except Exception as e:
    print("'{:10}'.format('s')", '->', type(e).__name__, e)
try:
    print("'{:10}'.format(1.5)", '=', repr('{:10}'.format(1.5)))
except Exception as e:
    print("'{:10}'.format(1.5)", '->', type(e).__name__, e)
try:
    print("'{:<010}'.format(5)", '=', repr('{:<010}'.format(5)))
except Exception as e:
    print("'{:<010}'.format(5)", '->', type(e).__name__, e)
try:
    print("'ab' * 3", '=', repr('ab' * 3))
except Exception as e:
    print("'ab' * 3", '->', type(e).__name__, e)
try:
    print("3 * 'ab'", '=', repr(3 * 'ab'))
except Exception as e:
    print("3 * 'ab'", '->', type(e).__name__, e)
try:
    print("'ab' * 0", '=', repr('ab' * 0))
except Exception as e:
    print("'ab' * 0", '->', type(e).__name__, e)
try:
    print("'a' < 'b'", '=', repr('a' < 'b'))
except Exception as e:
    print("'a' < 'b'", '->', type(e).__name__, e)
try:
    print("'a' < 'B'", '=', repr('a' < 'B'))
except Exception as e:
    print("'a' < 'B'", '->', type(e).__name__, e)
try:
    print("'é' > 'z'", '=', repr('é' > 'z'))
except Exception as e:
    print("'é' > 'z'", '->', type(e).__name__, e)
try:
    print("'abc' == 'abc'", '=', repr('abc' == 'abc'))
except Exception as e:
    print("'abc' == 'abc'", '->', type(e).__name__, e)
try:
    print("'a' in 'abc'", '=', repr('a' in 'abc'))
except Exception as e:
    print("'a' in 'abc'", '->', type(e).__name__, e)
try:
    print("'' in 'abc'", '=', repr('' in 'abc'))
except Exception as e:
    print("'' in 'abc'", '->', type(e).__name__, e)
try:
    print("'abc'[-1]", '=', repr('abc'[-1]))
except Exception as e:
    print("'abc'[-1]", '->', type(e).__name__, e)
try:
    print("'abc'[-4]", '=', repr('abc'[-4]))
except Exception as e:
    print("'abc'[-4]", '->', type(e).__name__, e)
try:
    print("'abc'[10:]", '=', repr('abc'[10:]))
except Exception as e:
    print("'abc'[10:]", '->', type(e).__name__, e)
try:
    print("'abc'[::2]", '=', repr('abc'[::2]))
except Exception as e:
    print("'abc'[::2]", '->', type(e).__name__, e)
try:
    print("'abcdef'[5:1:-2]", '=', repr('abcdef'[5:1:-2]))
except Exception as e:
    print("'abcdef'[5:1:-2]", '->', type(e).__name__, e)
try:
    print("'abc'[1:-1]", '=', repr('abc'[1:-1]))
except Exception as e:
    print("'abc'[1:-1]", '->', type(e).__name__, e)
try:
    print('str(123)', '=', repr(str(123)))
except Exception as e:
    print('str(123)', '->', type(e).__name__, e)
try:
    print('str()', '=', repr(str()))
except Exception as e:
    print('str()', '->', type(e).__name__, e)
try:
    print('str(None)', '=', repr(str(None)))
except Exception as e:
    print('str(None)', '->', type(e).__name__, e)
try:
    print("str([1, 'a'])", '=', repr(str([1, 'a'])))
except Exception as e:
    print("str([1, 'a'])", '->', type(e).__name__, e)
try:
    print('repr([1, \'a\', "b\'c", \'d"e\'])', '=', repr(repr([1, 'a', "b'c", 'd"e'])))
except Exception as e:
    print('repr([1, \'a\', "b\'c", \'d"e\'])', '->', type(e).__name__, e)
try:
    print('str((1,))', '=', repr(str((1,))))
except Exception as e:
    print('str((1,))', '->', type(e).__name__, e)
try:
    print('str(())', '=', repr(str(())))
except Exception as e:
    print('str(())', '->', type(e).__name__, e)
try:
    print('str({})', '=', repr(str({})))
except Exception as e:
    print('str({})', '->', type(e).__name__, e)
try:
    print('str(set())', '=', repr(str(set())))
except Exception as e:
    print('str(set())', '->', type(e).__name__, e)
try:
    print("str({1: 'a'})", '=', repr(str({1: 'a'})))
except Exception as e:
    print("str({1: 'a'})", '->', type(e).__name__, e)
try:
    print("str(frozenset()) if False else ''", '=', repr(str(frozenset()) if False else ''))
except Exception as e:
    print("str(frozenset()) if False else ''", '->', type(e).__name__, e)
try:
    print("'%s' % 'é'", '=', repr('%s' % 'é'))
except Exception as e:
    print("'%s' % 'é'", '->', type(e).__name__, e)
try:
    print("'%5s|' % 'é'", '=', repr('%5s|' % 'é'))
except Exception as e:
    print("'%5s|' % 'é'", '->', type(e).__name__, e)
try:
    print("'%-5s|' % '日本'", '=', repr('%-5s|' % '日本'))
except Exception as e:
    print("'%-5s|' % '日本'", '->', type(e).__name__, e)
try:
    print("'x'.isdigit()", '=', repr('x'.isdigit()))
except Exception as e:
    print("'x'.isdigit()", '->', type(e).__name__, e)
try:
    print("'123'.isdigit()", '=', repr('123'.isdigit()))
except Exception as e:
    print("'123'.isdigit()", '->', type(e).__name__, e)
try:
    print("'12a'.isalpha()", '=', repr('12a'.isalpha()))
except Exception as e:
    print("'12a'.isalpha()", '->', type(e).__name__, e)
try:
    print("'Ab'.isalpha()", '=', repr('Ab'.isalpha()))
except Exception as e:
    print("'Ab'.isalpha()", '->', type(e).__name__, e)
try:
    print("'  '.isspace()", '=', repr('  '.isspace()))
except Exception as e:
    print("'  '.isspace()", '->', type(e).__name__, e)
try:
    print("'aBc'.swapcase() if False else ''", '=', repr('aBc'.swapcase() if False else ''))
except Exception as e:
    print("'aBc'.swapcase() if False else ''", '->', type(e).__name__, e)
try:
    print("'hello world'.title() if False else ''", '=', repr('hello world'.title() if False else ''))
except Exception as e:
    print("'hello world'.title() if False else ''", '->', type(e).__name__, e)
try:
    print("'abc'.upper().lower()", '=', repr('abc'.upper().lower()))
except Exception as e:
    print("'abc'.upper().lower()", '->', type(e).__name__, e)
try:
    print("'ABC'.lower()", '=', repr('ABC'.lower()))
except Exception as e:
    print("'ABC'.lower()", '->', type(e).__name__, e)
try:
    print("'MiXeD 123'.upper()", '=', repr('MiXeD 123'.upper()))
except Exception as e:
    print("'MiXeD 123'.upper()", '->', type(e).__name__, e)
try:
    print("'Ŀ'.lower()", '=', repr('Ŀ'.lower()))
except Exception as e:
    print("'Ŀ'.lower()", '->', type(e).__name__, e)
try:
    print("'ŉ'.upper()", '=', repr('ŉ'.upper()))
except Exception as e:
    print("'ŉ'.upper()", '->', type(e).__name__, e)
try:
    print("'ΐ'.upper()", '=', repr('ΐ'.upper()))
except Exception as e:
    print("'ΐ'.upper()", '->', type(e).__name__, e)
try:
    print("'ﬃ'.upper()", '=', repr('ﬃ'.upper()))
except Exception as e:
    print("'ﬃ'.upper()", '->', type(e).__name__, e)
try:
    print("'ᾳ'.upper()", '=', repr('ᾳ'.upper()))
except Exception as e:
    print("'ᾳ'.upper()", '->', type(e).__name__, e)
try:
    print("len('ᾳ'.upper())", '=', repr(len('ᾳ'.upper())))
except Exception as e:
    print("len('ᾳ'.upper())", '->', type(e).__name__, e)
try:
    print("'İstanbul'.lower()", '=', repr('İstanbul'.lower()))
except Exception as e:
    print("'İstanbul'.lower()", '->', type(e).__name__, e)
try:
    print("len('İ'.lower())", '=', repr(len('İ'.lower())))
except Exception as e:
    print("len('İ'.lower())", '->', type(e).__name__, e)
try:
    print('chr(0x10428).upper()', '=', repr(chr(0x10428).upper()))
except Exception as e:
    print('chr(0x10428).upper()', '->', type(e).__name__, e)
try:
    print("'Ⅻ'.lower()", '=', repr('Ⅻ'.lower()))
except Exception as e:
    print("'Ⅻ'.lower()", '->', type(e).__name__, e)
try:
    print("'ⓐ'.upper()", '=', repr('ⓐ'.upper()))
except Exception as e:
    print("'ⓐ'.upper()", '->', type(e).__name__, e)
try:
    print("'ǈ'.upper()", '=', repr('ǈ'.upper()))
except Exception as e:
    print("'ǈ'.upper()", '->', type(e).__name__, e)
try:
    print("'µ'.upper()", '=', repr('µ'.upper()))
except Exception as e:
    print("'µ'.upper()", '->', type(e).__name__, e)
try:
    print("'ÿ'.upper()", '=', repr('ÿ'.upper()))
except Exception as e:
    print("'ÿ'.upper()", '->', type(e).__name__, e)
