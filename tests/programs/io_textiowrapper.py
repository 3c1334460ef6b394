# io.TextIOWrapper over binary buffers: BytesIO reading and writing in
# several encodings, newline modes, chunk boundaries inside multi-byte
# characters and "\r\n", line iteration, detach, re-encoding
# sys.stdout.buffer, wrapping a binary file and a gzip stream.
import gzip
import io
import os
import sys
import tempfile

raw = 'héllo wörld\r\nsecond line\rthird\nlast without newline'.encode('utf-8')
w = io.TextIOWrapper(io.BytesIO(raw), encoding='utf-8')
print(repr(w.readline()), repr(w.readline()), repr(w.read(3)), repr(w.read()))
w = io.TextIOWrapper(io.BytesIO(raw), encoding='utf-8', newline='')
print(list(w))
w = io.TextIOWrapper(io.BytesIO(raw), encoding='utf-8', newline='\r')
print(list(w))
w = io.TextIOWrapper(io.BytesIO(raw))
print(w.readlines(), w.encoding, w.errors, w.line_buffering)

class Trickle:
    # Hands out one byte per sized read, so every boundary is split.
    def __init__(self, data):
        self.data, self.pos, self.closed = data, 0, False
    def readable(self):
        return True
    def writable(self):
        return False
    def seekable(self):
        return False
    def read(self, n=-1):
        if n is None or n < 0:
            n = len(self.data)
        chunk = self.data[self.pos:self.pos + min(n, 1)] if n else b''
        if n > 1 and False:
            pass
        self.pos += len(chunk)
        return chunk if n <= 1 or n == len(self.data) else chunk
    read1 = read
    def readinto(self, b):
        chunk = self.read(1)
        b[:len(chunk)] = chunk
        return len(chunk)
text = 'ä€😀\r\nx\r\ny'
w = io.TextIOWrapper(Trickle(text.encode('utf-8')), encoding='utf-8')
print(ascii(''.join(iter(lambda: w.read(1), ''))))
w = io.TextIOWrapper(Trickle(text.encode('utf-16')), encoding='utf-16')
print(ascii(''.join(iter(lambda: w.read(2), ''))))
w = io.TextIOWrapper(Trickle(text.encode('utf-8')), encoding='utf-8')
print([ascii(line) for line in w])

buf = io.BytesIO()
w = io.TextIOWrapper(buf, encoding='utf-16', newline='\r\n')
print(w.write('a\nb'), w.write('€\n'))
w.flush()
print(buf.getvalue())
buf = io.BytesIO()
w = io.TextIOWrapper(buf, encoding='latin-1', errors='replace')
w.write('café ☕\n')
w.writelines(['x\n', 'y'])
w.flush()
print(buf.getvalue())
d = w.detach()
print(d is buf, d.getvalue()[-3:])
try:
    w.write('more')
except ValueError as e:
    print('ValueError:', e)
b = io.BytesIO(b'\xff\xfeabc')
w = io.TextIOWrapper(b, encoding='utf-8')
try:
    w.read()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
print(io.TextIOWrapper(io.BytesIO(b'\xffabc'), encoding='utf-8', errors='replace').read())
print(io.TextIOWrapper(io.BytesIO(b'\xe9t\xe9'), encoding='cp1252').read())
for bad in [dict(encoding='no-such-codec'), dict(newline='x'), dict(encoding=5)]:
    try:
        io.TextIOWrapper(io.BytesIO(), **bad)
    except (LookupError, ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
w = io.TextIOWrapper(io.BytesIO(b'abc\ndef\n'))
with w:
    print(w.readline(), end='')
    w.seek(0)
    print(repr(w.read()))
print(w.closed)

out = io.TextIOWrapper(sys.stdout.buffer, encoding='latin-1', errors='replace', line_buffering=True)
sys.stdout.flush()
out.write('latin-1 output: café ☕\n')
out.detach()
with tempfile.TemporaryDirectory() as tmp:
    p = os.path.join(tmp, 'data.txt')
    with open(p, 'wb') as f:
        t = io.TextIOWrapper(f, encoding='utf-8', newline='\n')
        t.write('first\nsecond\n')
        t.flush()
        t.detach()
    with open(p, 'rb') as f:
        print(io.TextIOWrapper(f, encoding='utf-8').readlines())
    gz = os.path.join(tmp, 'data.gz')
    with gzip.open(gz, 'wb') as g:
        with io.TextIOWrapper(g, encoding='utf-8') as t:
            t.write('compressed text\nline 2\n')
    with gzip.open(gz, 'rb') as g:
        print([line.rstrip() for line in io.TextIOWrapper(g, encoding='utf-8')])
