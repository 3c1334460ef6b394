# urllib.parse: split/parse/unsplit/unparse, result attributes, urljoin
# (RFC 3986 examples), quoting, query strings, bytes input, errors.
from urllib.parse import (urlparse, urlsplit, urlunparse, urlunsplit, urljoin,
                          urldefrag, quote, quote_plus, unquote, unquote_plus,
                          urlencode, parse_qs, parse_qsl, quote_from_bytes,
                          unquote_to_bytes)
import urllib.parse

urls = [
    'https://user:pw@Example.COM:8443/a/b;p=1/c.html;x=y?q=1&r=2#frag',
    'http://[::1]:80/path',
    'http://[fe80::1%25eth0]/',
    'ftp://ftp.example.org/pub/file.txt',
    'mailto:someone@example.com?subject=hi',
    'file:///etc/passwd',
    '//cdn.example.com/lib.js',
    '/relative/path?x=1',
    'relative/path#top',
    'example.com:80/x',
    'HTTP://h/?',
    '  https://spaced.example/\tp\na th  ',
    'tel:+1-816-555-1212',
    'path;params',
    '',
]
for u in urls:
    s = urlsplit(u)
    p = urlparse(u)
    print(repr(u))
    print(' ', s)
    print(' ', p)
    print('  host=%r port=%r user=%r pw=%r' % (s.hostname, s.port, s.username, s.password))
    print('  geturl:', s.geturl(), '|', p.geturl(), '|', urlunsplit(s), '|', urlunparse(p))
print(urlparse('www.example.com/x', scheme='https'))
print(urlsplit('http://h/p#f', allow_fragments=False))
for bad in ['http://[::1/x', 'http://::1]/x']:
    try:
        urlsplit(bad)
    except ValueError as e:
        print('ValueError:', e)
for port in ['http://h:99999/', 'http://h:abc/', 'http://h:/']:
    try:
        print(urlsplit(port).port)
    except ValueError as e:
        print('ValueError:', e)

base = 'http://a/b/c/d;p?q'
for rel in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s',
            'g?y#s', ';x', 'g;x', 'g;x?y#s', '', '.', './', '..', '../',
            '../g', '../..', '../../', '../../g', '../../../g', '/./g',
            '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h',
            'g/../h', 'g;x=1/./y', 'g;x=1/../y', 'http:g', 'https://other/x']:
    print(repr(rel), '->', urljoin(base, rel))
print(urljoin('https://example.com/docs/', 'api/v1'), urljoin('https://example.com/docs', 'api'))
print(urljoin('', 'x'), urljoin('http://a/', ''), urljoin('mailto:a@b', 'c'))
print(urldefrag('http://a/b#c'), urldefrag('http://a/b'))

for s in ['hello world', 'a/b c', 'ü€😀', '~user_name-1.2', 'a+b=c&d', '']:
    print(repr(s), quote(s), quote(s, safe=''), quote_plus(s), quote_plus(s, safe='/'))
print(quote('a b', encoding='latin-1'), quote(b'\xff /'), quote_from_bytes(b'a&b', safe='&'))
for s in ['hello%20world', '%E2%82%AC%zz%4', 'a+b%2Bc', '%ff%fe', 'ü%20x', '%']:
    print(repr(s), repr(unquote(s)), repr(unquote_plus(s)), unquote_to_bytes(s))
print(unquote('%ff', errors='strict') if False else unquote('%e9', encoding='latin-1'))

q = 'a=1&b=2&a=3&empty=&flag&sp=x+y%21&=noname'
print(parse_qs(q))
print(parse_qs(q, keep_blank_values=True))
print(parse_qsl(q))
print(parse_qsl(q, keep_blank_values=True))
print(parse_qsl('a=1;b=2', separator=';'))
for kw in [dict(strict_parsing=True), dict(max_num_fields=2)]:
    try:
        parse_qsl(q, **kw)
    except ValueError as e:
        print('ValueError:', e)
print(urlencode({'q': 'python urllib', 'page': 2, 'lang': 'en&fr'}))
print(urlencode([('a', 1), ('a', 2), ('b', 'ü')]))
print(urlencode({'ids': [1, 2, 3], 'x': 'y', 'b': b'by tes'}, doseq=True))
print(urlencode({'ids': [1, 2]}), urlencode({'p': 'a/b c'}, quote_via=quote, safe='/'))
try:
    urlencode('abc')
except TypeError as e:
    print('TypeError:', e)

b = urlparse(b'http://user@host:8080/p?q#f')
print(b, b.hostname, b.port, b.username)
print(b.geturl(), b.decode(), urlparse('http://x/y').encode())
print(urljoin(b'http://a/b/', b'c'), parse_qs(b'k=v&k=w'), unquote(b'%41'))
try:
    urljoin('http://a/', b'x')
except TypeError as e:
    print('TypeError:', e)
print(type(urlsplit('http://x')).__name__, isinstance(urlparse('x'), tuple))
r = urlparse('http://h/p')._replace(scheme='https', path='/new')
print(r, r.geturl())
print(sorted(urllib.parse.__all__) == sorted(n for n in urllib.parse.__all__))
