# html.escape/unescape (named, numeric, invalid and prefix references),
# html.entities tables, getopt/gnu_getopt with their errors, secrets.
import getopt
import html
import html.entities
import secrets

for s in ['<a href="x">Tom & Jerry\'s</a>', 'plain', '', '&amp;']:
    print(html.escape(s), '|', html.escape(s, quote=False))
for s in ['&lt;p&gt; &amp;amp; &quot;q&quot; &#39;s&#x27;', '&eacute;t&eacute; &Eacute;',
          '&copy 2024 &copy; &notin; &notit; &not;', '&#65;&#x42;&#X43;&#0;&#128;&#x81;&#150;',
          '&#xD800; &#1114112; &#99999999999999999999; &#1; &#x7f; &#xFFFE;', '&#13;&#10;',
          '&nosuchentity; & alone &;', '&amp', 'a &lt b', '&NotNestedGreaterGreater;',
          '&bne; &fjlig; &ThickSpace;', '&hellip;&mdash;&rarr;&nbsp;|', 'no refs at all']:
    print(ascii(html.unescape(s)))
print(len(html.entities.html5), html.entities.name2codepoint['eacute'],
      html.entities.codepoint2name[0x3c], html.entities.entitydefs['amp'])
print(html.unescape(html.escape('<script>alert("x&y")</script>')))

argv = ['-a', '-b', 'val', '-cfoo', '--long', '--with=1', '--with', '2', 'file1', '-z', 'file2']
print(getopt.getopt(argv, 'ab:c:z', ['long', 'with=']))
print(getopt.gnu_getopt(argv, 'ab:c:z', ['long', 'with=']))
print(getopt.gnu_getopt(argv, '+ab:c:z', ['long', 'with=']))
print(getopt.getopt(['--', '-a'], 'a'), getopt.getopt(['-', '-a'], 'a'))
print(getopt.getopt(['--verb', '--out=x'], '', ['verbose', 'output=']))
print(getopt.getopt(['-abc'], 'abc'), getopt.getopt(['--long'], '', 'long'))
for args, short, longs in [(['-x'], 'a', []), (['-b'], 'b:', []), (['--nope'], '', ['long']),
                           (['--lo'], '', ['long', 'lout']), (['--long=1'], '', ['long']),
                           (['--with'], '', ['with='])]:
    try:
        getopt.getopt(args, short, longs)
    except getopt.GetoptError as e:
        print('GetoptError:', e, '| opt =', repr(e.opt), '| msg =', e.msg, e.args)
print(getopt.error is getopt.GetoptError)

print(len(secrets.token_bytes()), len(secrets.token_bytes(8)), len(secrets.token_hex(16)))
t = secrets.token_urlsafe(24)
print(len(t), all(c.isalnum() or c in '-_' for c in t))
print(all(0 <= secrets.randbelow(10) < 10 for _ in range(200)), secrets.choice('abc') in 'abc')
print(0 <= secrets.randbits(8) < 256)
try:
    secrets.randbelow(0)
except ValueError as e:
    print('ValueError:', e)
print(secrets.compare_digest('abc', 'abc'), secrets.compare_digest(b'abc', b'abd'),
      secrets.compare_digest(b'ab', bytearray(b'ab')), secrets.compare_digest('a', 'ab'))
for a, b in [('a', 1), (b'a', 'a'), ('é', 'é'), ([1], [1])]:
    try:
        secrets.compare_digest(a, b)
    except TypeError as e:
        print('TypeError:', e)
print(isinstance(secrets.SystemRandom(), secrets.SystemRandom), secrets.DEFAULT_ENTROPY)
