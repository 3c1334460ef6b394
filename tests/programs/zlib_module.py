# zlib: one-shot compress/decompress at each level and window (zlib, raw,
# gzip wrappers), checksums, streaming objects (flush modes, max_length,
# unconsumed_tail, unused_data, eof, copy, zdict) and CPython's errors.
import zlib

data = b"The quick brown fox jumps over the lazy dog. " * 50 + bytes(range(256))
for level in [-1, 0, 1, 6, 9]:
    c = zlib.compress(data, level)
    print(level, len(c), c[:4].hex(), zlib.crc32(c), zlib.decompress(c) == data)
for wbits in [9, 15, -15, 31, -9]:
    c = zlib.compress(data, 6, wbits)
    print(wbits, len(c), c[:3].hex(), zlib.decompress(c, wbits) == data)
print(zlib.decompress(zlib.compress(data, wbits=31), 47) == data)
print(zlib.compress(b''), zlib.decompress(zlib.compress(b'')), zlib.compress(bytearray(b'abc')))
print(zlib.compress(data, level=9) == zlib.compress(data, 9), zlib.decompress(data=zlib.compress(b'x')) if False else '')
print(zlib.crc32(b''), zlib.crc32(b'hello world'), zlib.crc32(b'world', zlib.crc32(b'hello ')))
print(zlib.adler32(b''), zlib.adler32(b'hello world'), zlib.adler32(b'x', 12345), zlib.crc32(b'a', -1), zlib.crc32(b'a', 2**40 + 7))
print(zlib.crc32(data) == zlib.crc32(data[100:], zlib.crc32(data[:100])))

co = zlib.compressobj(9, zlib.DEFLATED, -15, 9, zlib.Z_DEFAULT_STRATEGY)
parts = [co.compress(data[i:i + 100]) for i in range(0, len(data), 100)]
parts.append(co.flush())
stream = b''.join(parts)
print(len(stream), [len(p) for p in parts][:5], zlib.decompress(stream, -15) == data)
co = zlib.compressobj()
a = co.compress(b'first part ')
s1 = co.flush(zlib.Z_SYNC_FLUSH)
b = co.compress(b'second part')
f = co.flush()
print(a, s1.hex(), b, len(f), zlib.decompress(a + s1 + b + f))
print(co.flush(zlib.Z_NO_FLUSH))
try:
    co.compress(b'more')
except zlib.error as e:
    print('error:', e)

do = zlib.decompressobj()
comp = zlib.compress(data) + b'TRAILING'
out = do.decompress(comp[:50])
print(len(out), do.eof, do.unused_data, do.unconsumed_tail)
out += do.decompress(comp[50:])
print(len(out), out == data, do.eof, do.unused_data, do.unconsumed_tail)
print(do.decompress(b'after end'), do.unused_data)
do = zlib.decompressobj()
chunks = []
buf = zlib.compress(data)
while True:
    piece = do.decompress(buf, 300)
    chunks.append(len(piece))
    buf = do.unconsumed_tail
    if not buf:
        break
chunks.append(len(do.flush()))
print(chunks, do.eof)
do = zlib.decompressobj()
half = do.decompress(zlib.compress(data)[:200])
do2 = do.copy()
rest = zlib.compress(data)[200:]
print(half + do.decompress(rest) == data, half + do2.decompress(rest) == data)
co = zlib.compressobj()
first = co.compress(b'abc')
co2 = co.copy()
print(zlib.decompress(first + co.flush()), zlib.decompress(first + co2.compress(b'def') + co2.flush()))

zd = b'common words: the quick brown fox'
co = zlib.compressobj(zdict=zd)
cz = co.compress(b'the quick brown fox is quick') + co.flush()
print(len(cz), zlib.decompressobj(zdict=zd).decompress(cz))
try:
    zlib.decompressobj().decompress(cz)
except zlib.error as e:
    print('error:', e)
try:
    zlib.decompress(cz)
except zlib.error as e:
    print('error:', e)

for bad in [b'not zlib data', zlib.compress(data)[:-10], b'', b'x\x9c']:
    try:
        zlib.decompress(bad)
    except zlib.error as e:
        print('error:', e)
for call in [lambda: zlib.compress('str'), lambda: zlib.compress(b'x', 12),
             lambda: zlib.compressobj(level=42), lambda: zlib.compressobj(wbits=99),
             lambda: zlib.decompress(b'x', 99), lambda: zlib.decompress(b'x', bufsize=-1),
             lambda: zlib.decompressobj().decompress(b'x', -1), lambda: zlib.crc32('s'),
             lambda: zlib.decompressobj().flush(0), lambda: zlib.compress(b'x', 1.5)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__ + ':', e)
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE, zlib.Z_BEST_COMPRESSION,
      zlib.Z_BEST_SPEED, zlib.Z_DEFAULT_COMPRESSION, zlib.Z_FINISH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH,
      zlib.Z_NO_FLUSH, zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED)
print(issubclass(zlib.error, Exception), zlib.ZLIB_VERSION == zlib.ZLIB_RUNTIME_VERSION)
print(type(zlib.compressobj()).__name__, type(zlib.decompressobj()).__name__)
