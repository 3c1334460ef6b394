# utf-16 / utf-32 / cp1252 codecs: BOMs, byte orders, surrogate pairs, error
# ranges and reasons with each handler, aliases, and text files in them.
tests = [
 (b'a\x00b', 'utf-16-le'), (b'a\x00b', 'utf-16'), (b'\x00\xd8a\x00', 'utf-16-le'), (b'\x00\xdca\x00', 'utf-16-le'),
 (b'\x00\xd8', 'utf-16-le'), (b'a\x00\x00\xd8', 'utf-16-le'), (b'\x00\xd8\x00\xd8\x00\xdc', 'utf-16-le'),
 (b'\xfe\xff\x00a', 'utf-16'), (b'\xff\xfea\x00', 'utf-16'), (b'\xff\xfe', 'utf-16'), (b'', 'utf-16'),
 (b'a\x00\x00', 'utf-32-le'), (b'\x00\x00\x11\x00', 'utf-32-le'), (b'\x00\xd8\x00\x00', 'utf-32-le'),
 (b'\xff\xfe\x00\x00a\x00\x00\x00', 'utf-32'), (b'\x00\x00\xfe\xff\x00\x00\x00a', 'utf-32'), (b'\x00\x00\x00a', 'utf-32-be'),
 (b'\x81', 'cp1252'), (b'\x80\x9f\xe9', 'cp1252'), (b'a\x00\x00\xd8b', 'utf-16-le'), (b'\x00a\xd8\x00', 'utf-16-be'),
]
for b, enc in tests:
    for errors in ['strict', 'replace', 'backslashreplace', 'ignore']:
        try:
            r = b.decode(enc, errors)
            print(enc, errors, ascii(r))
        except UnicodeDecodeError as e:
            print(enc, errors, 'UDE', e, e.encoding, e.start, e.end, e.reason)
for s in ['hi', 'h\xe9\u20ac\U0001f600', '']:
    for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'UTF16', 'utf_16le', 'u16', 'cp1252', 'windows-1252']:
        try:
            print(enc, s.encode(enc))
        except UnicodeEncodeError as e:
            print(enc, 'UEE', e, e.encoding)
print('\u20ac\u0100x'.encode('cp1252', 'replace'), '\u0100'.encode('cp1252', 'xmlcharrefreplace'), '\u0100'.encode('cp1252', 'backslashreplace'))
print(str(b'\xff\xfeh\x00i\x00', 'utf-16'), bytes('hi', 'utf-32-be'))
import os, tempfile
# full cp1252 table vs CPython
print([bytes([i]).decode('cp1252', 'replace') for i in range(0x80, 0xA0)])
print(''.join(chr(c) for c in range(0x100, 0x2200) if True).encode('cp1252', 'ignore'))
try:
    '\u0100\u0101x'.encode('cp1252')
except UnicodeEncodeError as e:
    print(e)
try:
    'ab\u0100\u0101x'.encode('latin-1')
except UnicodeEncodeError as e:
    print(e)
s = 'Grüße, 世界 \U0001F600\nline two\r\nthree\n'
d = tempfile.mkdtemp()
for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-be', 'cp1252']:
    p = os.path.join(d, 'f.txt')
    try:
        with open(p, 'w', encoding=enc) as f:
            f.write(s[:8]); f.write(s[8:])
    except UnicodeEncodeError as e:
        print(enc, 'UEE', e)
        with open(p, 'w', encoding=enc, errors='replace') as f:
            f.write(s)
    raw = open(p, 'rb').read()
    print(enc, len(raw), raw[:12])
    with open(p, encoding=enc) as f:
        print(repr(f.readline()), repr(f.read(3)), repr(f.read()))
    with open(p, encoding=enc, newline='') as f:
        print(list(f))
    with open(p, 'a', encoding=enc) as f:
        f.write('more')
    print(open(p, 'rb').read()[-12:])
    print(open(p, encoding=enc).read()[-8:])
os.remove(p); os.rmdir(d)
print(b'\xff\xfe\x00\x00'.decode('utf-32'), 'x'.encode('utf_32'), len('\U0001F600'.encode('utf-16-le')))
print(str(b'\x00h\x00i', encoding='utf-16-be'), bytearray('é', 'utf-16'))
