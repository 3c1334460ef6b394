# gettext: the null catalog, .mo files with plural forms and contexts,
# install(), the GNU API and language lookup.
import builtins
import gettext
import os
import struct
import tempfile


def write_mo(path, messages, little=True):
    """A minimal .mo file (what msgfmt writes) for {msgid: msgstr}."""
    keys = sorted(messages)
    ids = b''
    strs = b''
    offsets = []
    for k in keys:
        kb = k.encode('utf-8')
        vb = messages[k].encode('utf-8')
        offsets.append((len(ids), len(kb), len(strs), len(vb)))
        ids += kb + b'\0'
        strs += vb + b'\0'
    keystart = 7 * 4 + 16 * len(keys)
    valuestart = keystart + len(ids)
    koffsets = []
    voffsets = []
    for o1, l1, o2, l2 in offsets:
        koffsets += [l1, o1 + keystart]
        voffsets += [l2, o2 + valuestart]
    e = '<' if little else '>'
    out = struct.pack(e + 'Iiiiiii', 0x950412de, 0, len(keys), 7 * 4,
                      7 * 4 + len(keys) * 8, 0, 0)
    out += struct.pack(e + '%di' % len(koffsets), *koffsets)
    out += struct.pack(e + '%di' % len(voffsets), *voffsets)
    out += ids + strs
    with open(path, 'wb') as f:
        f.write(out)


null = gettext.NullTranslations()
print(null.gettext('hello'), null.ngettext('one', 'many', 1),
      null.ngettext('one', 'many', 3), null.pgettext('ctx', 'msg'),
      null.npgettext('ctx', 'a', 'b', 2), null.info(), null.charset())
print(gettext.gettext('untranslated'), gettext.ngettext('x', 'xs', 2))
print(gettext.textdomain(), gettext.textdomain('mydomain'))
print(gettext._expand_lang('de_DE.UTF-8'), gettext._expand_lang('fr'))

header = ('Project-Id-Version: demo 1.0\n'
          'Content-Type: text/plain; charset=UTF-8\n'
          'Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : '
          'n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\n')
catalog = {
    '': header,
    'Hello': 'Cześć',
    'file\0files': 'plik\0pliki\0plików',
    'menu\x04Open': 'Otwórz',
    'menu\x04item\0items': 'element\0elementy\0elementów',
}
with tempfile.TemporaryDirectory() as d:
    os.makedirs(os.path.join(d, 'pl', 'LC_MESSAGES'))
    path = os.path.join(d, 'pl', 'LC_MESSAGES', 'demo.mo')
    write_mo(path, catalog)
    print(gettext.find('demo', d, ['pl_PL.UTF-8']) == path,
          gettext.find('demo', d, ['de']), gettext.find('demo', d, ['pl'],
                                                        all=True) == [path])
    t = gettext.translation('demo', d, ['pl'])
    print(type(t).__name__, t.gettext('Hello'), t.gettext('Missing'))
    print([t.ngettext('file', 'files', n) for n in (1, 2, 5, 22, 112)])
    print(t.pgettext('menu', 'Open'), t.pgettext('other', 'Open'))
    print([t.npgettext('menu', 'item', 'items', n) for n in (1, 3, 7)])
    print(sorted(t.info().items()), t.charset())
    t.add_fallback(gettext.NullTranslations())
    print(t.gettext('Missing too'))
    t.install(names=['ngettext'])
    print(_('Hello'), builtins.ngettext('file', 'files', 3))
    del builtins._, builtins.ngettext
    try:
        gettext.translation('demo', d, ['de'])
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno, e.strerror, e.filename)
    print(type(gettext.translation('demo', d, ['de'], fallback=True)).__name__)
    gettext.bindtextdomain('demo', d)
    print(gettext.dgettext('demo', 'Hello'))
    bad = os.path.join(d, 'bad.mo')
    with open(bad, 'wb') as f:
        f.write(b'\x00' * 28)
    try:
        with open(bad, 'rb') as f:
            gettext.GNUTranslations(f)
    except OSError as e:
        print('OSError', e.strerror)
    be = os.path.join(d, 'be.mo')
    write_mo(be, {'a': 'b'}, little=False)
    with open(be, 'rb') as f:
        print(gettext.GNUTranslations(f).gettext('a'))

for expr in ['n != 1', 'n>1', '0', 'n==1 ? 0 : n==2 ? 1 : 2', '(n%10)',
             '!(n==1)', 'n/2', 'n * 2 - 1']:
    f = gettext.c2py(expr)
    print(expr, [f(n) for n in range(5)])
for expr in ['n ==', '(n', 'import os', 'n)']:
    try:
        gettext.c2py(expr)
    except ValueError as e:
        print('ValueError', e)
try:
    gettext.c2py('n != 1')('x')
except TypeError as e:
    print('TypeError', e)
