# memoryview as a bytes-like argument of natives (the buffer protocol).
import binascii, hashlib, io, os, struct, tempfile, zlib

data = b"hello memoryview world"
m = memoryview(data)
print(hashlib.sha256(m).hexdigest()[:16], hashlib.md5(m[6:16]).hexdigest()[:16])
print(zlib.crc32(m), zlib.decompress(zlib.compress(m)) == data, binascii.hexlify(m[:5]), binascii.crc_hqx(m, 0))
print(struct.unpack("5s", m[:5]), struct.unpack_from("<H", m, 1))
ba = bytearray(b"abcdefgh")
mb = memoryview(ba)
mb[0] = ord("X")
print(hashlib.sha1(mb).hexdigest()[:12], zlib.adler32(mb[2:]))
b = io.BytesIO(); b.write(m[:5]); b.write(memoryview(b"!!")); print(b.getvalue())
path = os.path.join(tempfile.mkdtemp(), "mv.bin")
with open(path, "wb") as f:
    print(f.write(m[6:]))
with open(path, "rb") as f:
    print(f.read())
fd = os.open(path, os.O_WRONLY | os.O_APPEND)
print(os.write(fd, memoryview(b"++")))
os.close(fd)
with open(path, "rb") as f:
    print(f.read())
os.remove(path); os.rmdir(os.path.dirname(path))
cast = memoryview(b"\x01\x00\x02\x00").cast("H")
print(cast.tolist(), hashlib.md5(cast).hexdigest()[:8])
