# open() in binary modes (rb/wb/ab/r+b/w+b): bytes in and out, read(n),
# readline, iteration, seek/tell, the Buffered* classes; text mode with
# encoding=, errors= and newline=.
import os
p = os.path.join(os.getenv("TMPDIR", "/tmp"), "interp_fb_" + str(os.getpid()) + ".bin")
with open(p, "wb") as f:
    print(repr(f).replace(p, "P"), type(f).__name__, f.mode)
    print(f.write(b"\x00\x01line1\nline2\r\nend"), f.write(bytearray(b"!")))
with open(p, "rb") as f:
    print(f.read(3), f.tell(), f.readline(), f.readline())
    f.seek(0)
    print(list(f))
    f.seek(-3, 2)
    print(f.read(), f.read())
with open(p, "ab") as f:
    f.write(b"\xff")
with open(p, "r+b") as f:
    print(f.mode, type(f).__name__)
    f.seek(2)
    f.write(b"LI")
    f.seek(0)
    print(f.read())
with open(p, "w+b") as f:
    print(f.mode)
for bad in [lambda: open(p, "rb", encoding="utf-8"), lambda: open(p, "rb", newline=""), lambda: open(p, "wb").write("s"), lambda: open(p, "w").write(b"s"), lambda: open(p, "r", newline="x"), lambda: open(p, "r", encoding="bogus")]:
    try:
        bad()
    except (ValueError, TypeError, LookupError) as e:
        print(type(e).__name__, e)
with open(p, "w", encoding="latin-1") as f:
    print(repr(f).replace(p, "P"), f.encoding)
    f.write("café\n")
with open(p, "rb") as f:
    print(f.read())
with open(p, encoding="latin1") as f:
    print(f.read())
try:
    open(p).read()
except UnicodeDecodeError as e:
    print(e)
with open(p, "w", newline="\r\n") as f:
    f.write("a\nb\n")
with open(p, "rb") as f:
    print(f.read())
with open(p) as f:
    print(repr(f.read()))
with open(p, newline="") as f:
    print(repr(f.read()))
try:
    open(p, "w", encoding="ascii").write("é")
except UnicodeEncodeError as e:
    print(e)
with open(p, "w", encoding="ascii", errors="replace") as f:
    f.write("é!")
print(open(p, "rb").read())
os.remove(p)
