# quopri: quoted-printable encoding/decoding, soft breaks, header mode.
import io
import quopri

samples = [
    b'hello world',
    b'caf\xc3\xa9 = 5\n',
    b'trailing space \nand tab\t\nend',
    b'tabs\there and  spaces',
    b'.\n',
    b'.',
    b'a' * 100,
    b'line one\r\nline two \r\n',
    b'x' * 74 + b'\xff' + b'y' * 10,
    b'under_score and space',
    b'',
    bytes(range(0, 40)),
]
for s in samples:
    e = quopri.encodestring(s)
    print(e)
    assert quopri.decodestring(e) == s, s
    print(quopri.encodestring(s, quotetabs=True))
    h = quopri.encodestring(s, header=True)
    print(h, quopri.decodestring(h, header=True) == s)

for enc in [b'=41=42c', b'soft=\nbreak', b'soft=  \r\nbreak', b'bad=zz', b'end=', b'a==b',
            b'under_score', b'=e9t=E9']:
    print(quopri.decodestring(enc), quopri.decodestring(enc, header=True))

src = io.BytesIO(b'Gr\xc3\xbc\xc3\x9fe, Welt!\nZeile zwei\n')
dst = io.BytesIO()
quopri.encode(src, dst, quotetabs=False)
print(dst.getvalue())
back = io.BytesIO()
quopri.decode(io.BytesIO(dst.getvalue()), back)
print(back.getvalue().decode())
print(quopri.ishex(b'a'), quopri.ishex(b'g'), quopri.unhex(b'fF'), quopri.quote(b'='))
print(quopri.needsquoting(b' ', False, False), quopri.needsquoting(b'_', 0, 1),
      quopri.needsquoting(b'\x80', 0, 0))
