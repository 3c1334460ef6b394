# Binary formats: writing and parsing a file format with struct (header,
# records, checksums), a PNG-style chunk stream with zlib and crc32,
# hashlib digests (md5/sha1/sha256/blake2b, incremental, hmac-like),
# base64 variants, binascii, int.to_bytes, bytes.hex and memory layout.
import base64
import binascii
import hashlib
import io
import struct
import zlib

HEADER = struct.Struct('<4sHHI')
RECORD = struct.Struct('<Ifh8s?')
print(HEADER.size, RECORD.size, struct.calcsize('>bhiqfd'), struct.calcsize('@bhiq'), struct.calcsize('=bhiq'))

records = [(1, 3.5, -2, b'alpha', True), (2, -0.125, 300, b'beta\x00\x01', False),
           (4294967295, 1e10, -32768, b'gamma-long-name', True)]
buf = io.BytesIO()
buf.write(HEADER.pack(b'RECS', 1, 0, len(records)))
for r in records:
    buf.write(RECORD.pack(*r))
payload = buf.getvalue()
buf.write(struct.pack('<I', zlib.crc32(payload)))
blob = buf.getvalue()
print(len(blob), blob[:16].hex(' '), blob[-4:].hex())

magic, major, minor, count = HEADER.unpack_from(blob, 0)
print(magic, major, minor, count)
for i, rec in enumerate(RECORD.iter_unpack(blob[HEADER.size:HEADER.size + count * RECORD.size])):
    rid, val, small, name, flag = rec
    print(i, rid, val, small, name.rstrip(b'\x00'), flag)
crc, = struct.unpack_from('<I', blob, len(blob) - 4)
print('crc ok', crc == zlib.crc32(blob[:-4]))
print(struct.pack('>HhIiQq', 65535, -1, 2**32 - 1, -2**31, 2**64 - 1, -2**63).hex())
print(struct.pack('!f', 3.14159), struct.unpack('<d', struct.pack('<d', 0.1)), struct.pack('e', 1.5))
print(struct.pack('5p', b'hello world'), struct.pack('3x2c', b'a', b'b'), struct.unpack('>3sx', b'abc\x00'))
for bad in [lambda: struct.pack('B', 256), lambda: struct.pack('<h', 40000), lambda: struct.unpack('<I', b'abc'),
            lambda: struct.pack('i', 'x'), lambda: struct.calcsize('q?z')]:
    try:
        bad()
    except struct.error as e:
        print('struct.error:', e)

def chunk(kind, data):
    body = kind + data
    return struct.pack('>I', len(data)) + body + struct.pack('>I', zlib.crc32(body))

rows = b''.join(b'\x00' + bytes((x * 16 + y) % 256 for x in range(8)) for y in range(8))
png = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', 8, 8, 8, 0, 0, 0, 0)) + \
    chunk(b'IDAT', zlib.compress(rows, 9)) + chunk(b'IEND', b'')
print(len(png), hashlib.sha256(png).hexdigest())
pos = 8
while pos < len(png):
    length, = struct.unpack_from('>I', png, pos)
    kind = png[pos + 4:pos + 8]
    data = png[pos + 8:pos + 8 + length]
    crc, = struct.unpack_from('>I', png, pos + 8 + length)
    print(kind.decode(), length, crc == zlib.crc32(kind + data))
    if kind == b'IDAT':
        print('  decompressed', len(zlib.decompress(data)), zlib.decompress(data) == rows)
    pos += 12 + length

text = 'The quick brown fox jumps over the lazy dog'.encode()
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha512', 'sha3_256', 'blake2b', 'blake2s']:
    h = hashlib.new(name, text)
    print(f'{name:9} {h.digest_size:2} {h.block_size:3} {h.hexdigest()[:32]}')
h = hashlib.sha256()
for piece in (text[:10], text[10:20], text[20:]):
    h.update(piece)
print(h.hexdigest() == hashlib.sha256(text).hexdigest(), h.copy().hexdigest()[:16], h.name)
print(hashlib.md5(b'').hexdigest(), hashlib.sha1(b'abc').digest()[:4], hashlib.shake_128(b'x').hexdigest(8))
print(sorted(hashlib.algorithms_guaranteed)[:6])

def hmac_sha256(key, msg):
    block = 64
    if len(key) > block:
        key = hashlib.sha256(key).digest()
    key = key.ljust(block, b'\x00')
    inner = hashlib.sha256(bytes(k ^ 0x36 for k in key) + msg).digest()
    return hashlib.sha256(bytes(k ^ 0x5c for k in key) + inner).hexdigest()
print(hmac_sha256(b'key', text))

for data in [b'', b'f', b'fo', b'foo', b'\xff\xfe\xfd binary \x00', text]:
    print(base64.b64encode(data), base64.urlsafe_b64encode(data), base64.b32encode(data)[:16], base64.b16encode(data)[:12])
print(base64.b64decode('aGVsbG8gd29ybGQ='), base64.b64decode(b'aGVsbG8_', altchars=b'-_'), base64.urlsafe_b64decode('-_-_'))
print(base64.b64decode('aGVs bG8=\n', validate=False), base64.b32decode('MZXW6==='), base64.b16decode('CAFE'), base64.b16decode('cafe', casefold=True))
print(base64.encodebytes(bytes(range(60))), base64.decodebytes(b'AAEC\n'))
for bad in ['abc', 'a===', '!!!!']:
    try:
        print(base64.b64decode(bad, validate=True))
    except binascii.Error as e:
        print('binascii.Error:', e)
print(binascii.hexlify(b'\x01\xab', '-'), binascii.unhexlify('01ab'), binascii.crc32(b'abc'), binascii.b2a_base64(b'hi'))
print((1024).to_bytes(4, 'big'), int.from_bytes(b'\x00\x10', 'little'), (-5).to_bytes(2, 'big', signed=True),
      int.from_bytes(b'\xff\xfb', 'big', signed=True), (2**70).to_bytes(9, 'little').hex())
print(bytes.fromhex('de ad be ef'), b'\xde\xad'.hex(':', 1), bytearray(b'abc').hex(), memoryview if False else '')
