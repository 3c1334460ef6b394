# Building a report in a StringIO and parsing binary records from a
# BytesIO, as scripts do.
import io
import struct
out = io.StringIO()
for name, score in [("ann", 91), ("bob", 78), ("cy", 85)]:
    out.write(f"{name:<5}{score:>4}\n")
print(out.getvalue(), end="")
print(out.tell(), len(out.getvalue()))
out.seek(0)
print([line.split() for line in out])
buf = io.BytesIO()
for i in range(3):
    buf.write(struct.pack("<HI", i, i * 1000))
data = buf.getvalue()
print(len(data), data)
rd = io.BytesIO(data)
while True:
    chunk = rd.read(6)
    if not chunk:
        break
    print(struct.unpack("<HI", chunk))
s = io.StringIO("a\nb\nc")
print(s.readlines(), s.read(), s.seek(2), s.readline(), s.tell())
s.seek(0, 2)
s.write("!")
print(repr(s.getvalue()))
