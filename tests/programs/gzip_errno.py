# gzip: compress/decompress (multi-member, fixed mtime: CPython's exact
# bytes), GzipFile/gzip.open reading and writing files in binary and text
# mode, header name field, errors; errno constants and errorcode.
import errno
import gzip
import io
import os
import tempfile
import zlib

data = b"line %d of some log output\n"
blob = b"".join(data % i for i in range(500))
c = gzip.compress(blob, mtime=0)
print(len(c), c[:10].hex(), c[-8:].hex())
print(gzip.compress(b'', mtime=1700000000).hex())
print(gzip.compress(blob, 1, mtime=5)[:10].hex(), gzip.compress(blob, 6, mtime=5)[:10].hex())
print(gzip.decompress(c) == blob, gzip.decompress(c + gzip.compress(b'second', mtime=0)) [-10:])
print(gzip.decompress(c + b'\x00\x00\x00') == blob, gzip.decompress(b''))
for bad in [b'not gzip', c[:-4], c[:20], c[:-8] + b'\x00\x00\x00\x00' + c[-4:],
            c[:-4] + b'\x01\x00\x00\x00', b'\x1f\x8b\x07' + c[3:]]:
    try:
        gzip.decompress(bad)
    except (gzip.BadGzipFile, EOFError) as e:
        print(type(e).__name__ + ':', e)
print(issubclass(gzip.BadGzipFile, OSError))

d = tempfile.mkdtemp()
p = os.path.join(d, 'report.txt.gz')
with gzip.open(p, 'wb') as f:
    print(type(f).__name__, f.write(b'alpha\nbeta\n'), f.write(bytearray(b'gamma')), f.tell())
raw = open(p, 'rb').read()
print(raw[:3].hex(), raw[3], raw[10:21], len(raw) > 20)
with gzip.open(p) as f:
    print(f.read(3), f.readline(), f.readlines(), f.read(), f.mtime is not None)
with gzip.open(p, 'rb') as f:
    print(list(f))
with gzip.GzipFile(p) as f:
    print(f.read(100), f.name == p, f.closed)
print(f.closed)
with gzip.GzipFile(p, 'wb', mtime=0, compresslevel=9) as f:
    for i in range(1000):
        f.write(b'%d,%d\n' % (i, i * i))
raw = open(p, 'rb').read()
print(len(raw), raw[:25])
with gzip.open(p, 'rb') as f:
    lines = f.read().splitlines()
print(len(lines), lines[:2], lines[-1])
with gzip.open(p, 'ab') as f:
    f.write(b'appended\n')
print(gzip.decompress(open(p, 'rb').read())[-20:])

tp = os.path.join(d, 'text.gz')
with gzip.open(tp, 'wt', encoding='utf-8') as f:
    f.write('héllo\nwörld\n')
    f.writelines(['a\n', 'b\n'])
with gzip.open(tp, 'rt', encoding='utf-8') as f:
    print(f.readline(), f.read())
with gzip.open(tp, 'rt') as f:
    print([line.rstrip() for line in f])
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode='wb', mtime=0) as f:
    f.write(b'in memory')
print(buf.getvalue().hex())
buf.seek(0)
with gzip.GzipFile(fileobj=buf) as f:
    print(f.read())
with gzip.open(io.BytesIO(gzip.compress(b'x\ny\n', mtime=0))) as f:
    print(f.readlines())
for call in [lambda: gzip.open(p, 'rtb'), lambda: gzip.open(p, 'rb', encoding='utf-8'),
             lambda: gzip.open(123), lambda: gzip.GzipFile(p, 'z'), lambda: gzip.GzipFile(p, 'rt')]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
with gzip.open(p, 'rb') as f:
    try:
        f.write(b'x')
    except OSError as e:
        print('OSError:', e.errno == errno.EBADF, e.strerror)
with gzip.open(p, 'wb') as f:
    try:
        f.read()
    except OSError as e:
        print('OSError:', e.strerror)
    try:
        f.write('str')
    except TypeError as e:
        print('TypeError:', e)
open(os.path.join(d, 'bad.gz'), 'wb').write(b'plain text, not gzip')
try:
    with gzip.open(os.path.join(d, 'bad.gz')) as f:
        f.read()
except gzip.BadGzipFile as e:
    print('BadGzipFile:', e)
trunc = os.path.join(d, 'trunc.gz')
open(trunc, 'wb').write(gzip.compress(blob, mtime=0)[:200])
try:
    with gzip.open(trunc) as f:
        f.read()
except EOFError as e:
    print('EOFError:', e)
for name in os.listdir(d):
    os.remove(os.path.join(d, name))
os.rmdir(d)

print(errno.ENOENT, errno.EACCES, errno.EEXIST, errno.EAGAIN, errno.EWOULDBLOCK, errno.EPIPE, errno.EINTR)
print(errno.errorcode[errno.ENOENT], errno.errorcode[11], errno.errorcode[35], errno.errorcode[95])
print(len(errno.errorcode), sorted(errno.errorcode)[:5])
try:
    open('/nonexistent/file')
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno])
