# struct for binary records: a header with a magic number, counts and
# floats, round trips, and 'x'/'s'/'p' padding.
import struct
header = struct.pack(">4sHHd", b"INTP", 3, 11, 2.5)
print(header, len(header), struct.calcsize(">4sHHd"))
magic, major, minor, ratio = struct.unpack(">4sHHd", header)
print(magic, major, minor, ratio)
rec = struct.Struct("<i10sxf?")
print(rec.size, rec.format)
packed = [rec.pack(i, ("name%d" % i).encode(), i / 4, i % 2 == 0) for i in range(3)]
for p in packed:
    print(p, rec.unpack(p))
blob = b"".join(packed)
print([t[0] for t in rec.iter_unpack(blob)])
print(rec.unpack_from(blob, rec.size), struct.unpack_from("<i", blob, offset=rec.size * 2))
print(struct.pack("@b", -1), struct.pack("=H", 513), struct.pack("<Q", 2**40), struct.pack(">q", -2))
print(struct.unpack("<hhl", struct.pack("<hhl", 1, -2, 3)), struct.calcsize("@hhl"), struct.calcsize("<hhl"))
print(struct.pack("3p", b"abcdef"), struct.unpack("3p", b"\x05ab"), struct.pack("0s"), struct.calcsize("0s"))
print(struct.unpack(">f", struct.pack(">f", 1.1))[0] == 1.1, struct.unpack(">d", struct.pack(">d", 1.1))[0] == 1.1)
print(struct.pack("<e", 0.5), struct.unpack("<e", struct.pack("<e", 3.140625)), struct.unpack("<e", b"\x00\x7c"), struct.unpack("<e", b"\x00\xfc"))
