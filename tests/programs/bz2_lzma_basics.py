# bz2 and lzma: one-shot and streaming compression, byte-identical output,
# max_length, unused_data, files, multi-stream input and errors.
import bz2
import io
import lzma
import os
import tempfile

DATA = b"".join(b"line %d of some repetitive text\n" % i for i in range(2000))

# bz2
c = bz2.compress(DATA)
print(len(c), c[:10], bz2.compress(b"") , bz2.compress(DATA, 1) == c)
print(bz2.decompress(c) == DATA, bz2.decompress(c + c) == DATA * 2,
      bz2.decompress(b""))
comp = bz2.BZ2Compressor(5)
stream = comp.compress(DATA[:1000]) + comp.compress(DATA[1000:]) + comp.flush()
print(len(stream), bz2.decompress(stream) == DATA)
for call in [lambda: comp.compress(b"x"), lambda: comp.flush(),
             lambda: bz2.BZ2Compressor(0), lambda: bz2.decompress(b"junk"),
             lambda: bz2.decompress(c[:-10])]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
d = bz2.BZ2Decompressor()
part = d.decompress(c, max_length=100)
print(len(part), d.eof, d.needs_input, d.unused_data)
rest = d.decompress(b"", -1)
print(len(part) + len(rest), d.eof, d.needs_input)
d2 = bz2.BZ2Decompressor()
print(d2.decompress(bz2.compress(b"abc") + b"tail"), d2.eof, d2.unused_data)
try:
    d2.decompress(b"more")
except EOFError as e:
    print("EOFError", e)

# lzma
x = lzma.compress(DATA)
print(len(x), x[:6], lzma.decompress(x) == DATA)
for fmt, check in [(lzma.FORMAT_XZ, lzma.CHECK_CRC32),
                   (lzma.FORMAT_XZ, lzma.CHECK_NONE),
                   (lzma.FORMAT_XZ, lzma.CHECK_SHA256),
                   (lzma.FORMAT_ALONE, -1)]:
    blob = lzma.compress(DATA, format=fmt, check=check, preset=1)
    dec = lzma.LZMADecompressor()
    out = dec.decompress(blob)
    print(fmt, check, len(blob), out == DATA, dec.check, dec.eof)
print(lzma.compress(b"abc", preset=9 | lzma.PRESET_EXTREME) ==
      lzma.compress(b"abc", preset=9 | lzma.PRESET_EXTREME),
      lzma.decompress(x + x) == DATA * 2)
print([lzma.is_check_supported(c) for c in (0, 1, 4, 10)])
for call in [lambda: lzma.decompress(b"not xz data at all"),
             lambda: lzma.decompress(x[:-20]),
             lambda: lzma.compress(b"a", format=lzma.FORMAT_ALONE,
                                   check=lzma.CHECK_CRC32),
             lambda: lzma.LZMACompressor(format=lzma.FORMAT_RAW),
             lambda: lzma.decompress(x, format=lzma.FORMAT_ALONE)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
ld = lzma.LZMADecompressor()
first = ld.decompress(x, 50)
print(len(first), ld.eof, ld.needs_input, ld.check)
print(len(first) + len(ld.decompress(b"")), ld.eof)

# Files.
with tempfile.TemporaryDirectory() as t:
    for mod, name in [(bz2, "f.bz2"), (lzma, "f.xz")]:
        path = os.path.join(t, name)
        with mod.open(path, "wb") as f:
            f.write(DATA[:500])
            f.write(DATA[500:])
        with open(path, "ab") as raw:
            raw.write(mod.compress(b"second stream\n"))
        with mod.open(path) as f:
            print(f.readline(), len(f.read(100)), f.tell())
            lines = f.readlines()
            print(len(lines), lines[-1])
        with mod.open(path, "rt", encoding="utf-8") as f:
            print(repr(f.read()[:30]))
        with mod.open(path, "wt") as f:
            f.write("text mode ✓\n")
        with mod.open(path, "rb") as f:
            print(f.read())
        try:
            mod.open(path, "rb", encoding="utf-8")
        except ValueError as e:
            print("ValueError", e)
    buf = io.BytesIO()
    with bz2.BZ2File(buf, "w") as f:
        f.write(b"in memory")
    print(bz2.decompress(buf.getvalue()))
