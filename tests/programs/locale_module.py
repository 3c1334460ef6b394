# locale over the C library: names, conventions and number formatting in
# the C and C.UTF-8 locales (the ones every Debian machine has).
import locale

print(locale.setlocale(locale.LC_ALL))
print(locale.getlocale(), locale.getlocale(locale.LC_NUMERIC))
# interp runs in UTF-8 mode (sys.flags.utf8_mode), where CPython answers
# 'utf-8' and outside it 'UTF-8': compare without case.
print(locale.getpreferredencoding().lower(),
      locale.getpreferredencoding(False).lower(), locale.getencoding())
print(locale.localeconv())
print(locale.LC_CTYPE, locale.LC_COLLATE, locale.LC_TIME, locale.LC_MONETARY,
      locale.LC_NUMERIC, locale.LC_ALL, locale.LC_MESSAGES, locale.CHAR_MAX)
for name in ['C', 'POSIX', 'C.UTF-8', 'en_US', 'en_us.utf8', 'de_DE@euro',
             'fr_FR.ISO8859-1@euro', 'ja_JP.eucJP', 'sr_RS@latin', 'xx_YY',
             'english', 'pt_BR.utf-8', 'de_DE.latin1', 'zh_CN.gb2312']:
    print(repr(name), repr(locale.normalize(name)))
print(locale._parse_localename('de_DE@euro'))
print(locale.setlocale(locale.LC_NUMERIC, 'C'))
print(locale.setlocale(locale.LC_NUMERIC, ('C', None)))
print(locale.setlocale(locale.LC_NUMERIC, ''))
try:
    locale.setlocale(locale.LC_ALL, 'xx_YY.NOPE')
except locale.Error as e:
    print('Error', e, issubclass(locale.Error, Exception))
try:
    locale.setlocale(locale.LC_ALL, 5)
except TypeError as e:
    print('TypeError', e)
try:
    locale.getlocale(locale.LC_ALL)
except TypeError as e:
    print('TypeError', e)
print(locale.format_string('%d items at %.2f, %s%%', (1234567, 1234.5, 'x')))
print(locale.format_string('%(a)s=%(b).3f', {'a': 'pi', 'b': 3.14159}))
print(locale.format_string('%*d|%-8.3e|', (6, 42, 12345.678), grouping=True))
print(locale.str(1234567.891), locale.str(0.1), locale.str(1e20))
print(locale.atof('1234.5'), locale.atoi('-42'), locale.delocalize('3.14'),
      locale.localize('1234567.5', grouping=True), locale.atof('2', int))
try:
    locale.currency(12.5)
except ValueError as e:
    print('ValueError', e)
print(locale.strcoll('a', 'b'), locale.strcoll('b', 'a'), locale.strcoll('x', 'x'),
      locale.strxfrm('abc'), sorted(['b', 'A', 'a', 'B'], key=locale.strxfrm))
print(locale.nl_langinfo(locale.CODESET), locale.nl_langinfo(locale.RADIXCHAR),
      locale.nl_langinfo(locale.DAY_1), locale.nl_langinfo(locale.ABMON_12),
      locale.nl_langinfo(locale.D_T_FMT))
print(locale.setlocale(locale.LC_ALL, 'C'), locale.getlocale(),
      locale.getlocale(locale.LC_TIME))
