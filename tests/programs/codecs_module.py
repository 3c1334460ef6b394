# codecs: lookup and CodecInfo names, encode/decode with text and
# bytes-to-bytes codecs, the wrapped error messages, incremental decoders
# across split characters, getencoder/getdecoder, BOMs, codecs.open.
import codecs
import os
import re
import tempfile

for n in ['utf8', 'UTF-8', 'latin1', 'L1', 'iso-8859-1', 'utf_16', 'UTF-16LE', 'utf-16-be', 'u32',
          'utf_32_le', 'cp1252', 'windows-1252', 'ascii', 'us-ascii', 'hex', 'rot13', 'base64', 'zlib']:
    ci = codecs.lookup(n)
    print(n, ci.name, re.sub(r'0x[0-9a-f]+', 'ADDR', repr(ci)), isinstance(ci, tuple), len(ci))
print(codecs.encode('Hello, World!', 'rot13'), codecs.decode('Uryyb', 'rot_13'))
print(codecs.encode(b'hi there', 'hex'), codecs.decode('6869', 'hex'), codecs.decode(b'6869', 'hex_codec'))
print(codecs.encode(b'binary\x00data', 'base64'), codecs.decode(b'YmluYXJ5AGRhdGE=\n', 'base64'))
print(codecs.decode(codecs.encode(b'zzzzzzzzzz' * 10, 'zlib'), 'zlib') == b'z' * 100)
print(codecs.encode('héllo'), codecs.encode('héllo', 'latin-1'), codecs.decode(b'h\xc3\xa9'),
      codecs.decode(b'\xff\xfeh\x00i\x00', 'utf-16'), codecs.encode('€', 'cp1252'))
print(codecs.lookup('utf-8').encode('héllo'), codecs.lookup('utf-8').decode(b'h\xc3\xa9'),
      codecs.getencoder('latin-1')('é'), codecs.getdecoder('utf-16')(b'\xff\xfea\x00'))
print(codecs.encode('é', 'ascii', 'replace'), codecs.decode(b'\xff', 'utf-8', 'ignore'))
for f in [lambda: codecs.encode(b'x'), lambda: codecs.decode('x'), lambda: codecs.lookup('nope'),
          lambda: codecs.encode('x', 'hex'), lambda: codecs.decode(b'zz', 'hex'),
          lambda: codecs.encode(b'x', 'latin-1'), lambda: codecs.encode('é', 'ascii'),
          lambda: codecs.decode(b'\xff', 'utf-8'), lambda: codecs.lookup(5)]:
    try:
        print(f())
    except (TypeError, ValueError, LookupError) as e:
        print(type(e).__name__, e)

d = codecs.getincrementaldecoder('utf-8')()
print(repr(d.decode(b'\xc3')), repr(d.decode(b'\xa9x\xe2\x82')), repr(d.decode(b'\xac', final=True)))
d.decode(b'\xc3')
try:
    d.decode(b'', final=True)
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
d.reset()
data = 'a😀b€'.encode('utf-16')
d = codecs.getincrementaldecoder('utf-16')()
print(ascii(''.join(d.decode(data[i:i + 1]) for i in range(len(data)))), ascii(d.decode(b'', True)))
data = 'x😀'.encode('utf-16-be')
d = codecs.getincrementaldecoder('utf-16-be')()
print([ascii(d.decode(data[i:i + 3])) for i in range(0, len(data), 3)])
e = codecs.getincrementalencoder('utf-16')()
print(e.encode('ab'), e.encode('c'), e.encode('', final=True))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE,
      codecs.BOM == codecs.BOM_LE, codecs.BOM_UTF16 == codecs.BOM_UTF16_LE, codecs.BOM_UTF32 == codecs.BOM_UTF32_LE)
text = 'première ligne\r\nsecond\n'
with tempfile.TemporaryDirectory() as tmp:
    p = os.path.join(tmp, 'f.txt')
    with codecs.open(p, 'w', encoding='utf-16') as f:
        f.write(text)
    raw = open(p, 'rb').read()
    print(raw[:6], len(raw), raw.startswith(codecs.BOM_UTF16_LE))
    with codecs.open(p, 'r', encoding='utf-16') as f:
        print(repr(f.read()))
    with codecs.open(p, 'rb') as f:
        print(f.read(4))
    with codecs.open(p, 'w', 'latin-1') as f:
        f.write('crème\n')
    print(open(p, 'rb').read())
