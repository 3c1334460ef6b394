# io.BytesIO and io.StringIO: read/write/readline/iteration/seek/tell/
# truncate/getvalue, errors, with, print(file=StringIO).
import io
b = io.BytesIO(b'abc\ndef')
print(b.read(2), b.tell(), b.readline(), b.readline(), b.read(), b.seek(10), b.write(b'x'), b.getvalue(), b.seek(-2, 2), b.read())
try:
    b.seek(-1)
except ValueError as e:
    print(e)
b.close()
try:
    b.read()
except ValueError as e:
    print(e)
print(b.closed, type(b).__name__)
s = io.StringIO('héllo\nworld')
print(s.read(2), s.tell(), s.readline(), list(s), s.write('!'), s.getvalue(), s.seek(0), s.readlines(), s.truncate(3), s.getvalue())
try:
    s.seek(-1)
except ValueError as e:
    print(e)
try:
    s.seek(1, 1)
except OSError as e:
    print(type(e).__name__, e)
for bad in [lambda: io.StringIO(b'x'), lambda: io.StringIO().write(b'x'), lambda: io.BytesIO().write('x'), lambda: io.BytesIO('x')]:
    try:
        bad()
    except TypeError as e:
        print(e)
with io.StringIO() as f:
    print(f.write('a'), f.closed)
print(f.closed)
out = io.StringIO()
print("hello", 42, file=out)
print(repr(out.getvalue()))
buf = io.BytesIO()
buf.write(b"one\ntwo\n")
buf.seek(0)
for line in buf:
    print(line)
w = io.BytesIO()
w.writelines([b"a", bytearray(b"b")])
print(w.getvalue(), io.SEEK_END)
