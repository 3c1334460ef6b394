# %-formatting: flags, widths, * precision, dict args and error messages.
print('%5.2f|%-5s|%r|%x|%o|%e|%g|%%|%s' % (3.14159, 'ab', 'q', 255, 8, 12345.678, 0.00001, 'end'))
print('%d' % 5, '%s' % (1,), '%s' % [1,2], '%(a)s-%(b)d' % {'a': 'x', 'b': 3})
print('%05d|%+d|% d|%-6d|%X|%#x|%#o|%c|%c' % (42, 42, 42, 42, 255, 255, 8, 65, 'z'))
print('%.3s|%10.4f|%-10.2e|%G|%i|%u' % ('abcdef', 2.5, 1234.5, 1e-10, 7, 8))
print('%s %s' % ('a', None), '%r' % (None,), '%d' % 3.9, '%f' % 2, '%g' % 100000, '%g' % 1000000)
print('%*d|%-*d|%.*f' % (5, 1, 4, 2, 2, 3.14159))
for fmt, args in [('%d', 'x'), ('%s %s', (1,)), ('%s', (1, 2)), ('%z', 1), ('%d', None), ('%(a)s', 1), ('%c', 'ab'), ('%x', 1.5)]:
    try:
        print(fmt % args)
    except Exception as e:
        print(type(e).__name__, e)
