# struct: every format code, byte orders, native alignment, sizes, the
# Struct class, pack_into/unpack_from/iter_unpack and struct.error messages.
import struct
tests = [('b', 200), ('B', 300), ('h', 40000), ('H', -1), ('i', 2**31), ('<i', 2**31), ('I', -1), ('<I', 2**32), ('<l', 2**31), ('L', -1), ('Q', -1), ('<Q', -1), ('N', -1), ('b', 'x'), ('c', b'ab'), ('c', 'a'), ('s', 'a'), ('f', 'x'), ('?', []), ('e', 1e10), ('P', -1), ('<P', 1), ('z', 1), ('3', 1), ('b', 1.5), ('d', 1), ('<b', 200), ('<B', -1), ('<h', 40000), ('<H', -1), ('>L', -1), ('<q', 1), ('!Q', -1), ('<i', 1.0), ('<?', 1), ('@e', 1), ('<c', 1), ('<I', -1), ('<L', 2**32), ('i', True)]
for f, v in tests:
    try:
        print(f, struct.pack(f, v))
    except Exception as e:
        print(f, type(e).__name__, e)
for a in [('ii', 1), ('i', 1, 2), ('i',)]:
    try:
        struct.pack(*a)
    except Exception as e:
        print(type(e).__name__, e)
for f in [lambda: struct.unpack('i', b'abc'), lambda: struct.unpack_from('i', b'abc', 1), lambda: list(struct.iter_unpack('ii', b'abc')), lambda: struct.unpack('i', 'abcd'), lambda: struct.pack()]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(struct.calcsize('@bi'), struct.calcsize('=bi'), struct.calcsize('bq'), struct.calcsize('5s'), struct.calcsize('ci?hd'), struct.calcsize('P'), struct.calcsize('0i'))
print(struct.calcsize('<5sxq'), struct.calcsize('@5sxq'), struct.calcsize('@bxh'), struct.calcsize('hi0q'), struct.calcsize('!hi0q'))
print(struct.pack('5s', b'ab'), struct.pack('2s', b'abcd'), struct.pack('5p', b'ab'), struct.unpack('5p', b'\x02abcd'), struct.pack('?', 5), struct.pack('e', 1.5), struct.unpack('<e', b'\x00\x3c'))
print(struct.pack('>hHiIqQ', -1, 2, -3, 4, -5, 6), struct.unpack('>hHiIqQ', struct.pack('>hHiIqQ', -1, 2, -3, 4, -5, 6)))
print(struct.pack('<f', 0.1), struct.unpack('<f', struct.pack('<f', 0.1)), struct.pack('!d', -2.5), struct.pack('3x'), struct.pack('bxh', 1, 2))
print(struct.error.__mro__, struct.error.__name__, struct.error.__module__)
try:
    struct.pack('i', 2**40)
except struct.error as e:
    print('err', e)
print(struct.unpack('2c', b'ab'), struct.unpack('3s', b'abc'), struct.unpack('<?', b'\x05'))
print(struct.pack('e', 65504.0), struct.pack('e', 1e-8), struct.unpack('e', b'\x01\x00'), struct.pack('<e', float('inf')), struct.pack('<e', -0.0), struct.pack('<e', 0.1))
for v in [65520.0, 1e300]:
    for c in 'ef':
        try:
            struct.pack(c, v)
        except OverflowError as e:
            print(e)
s = struct.Struct('<ih')
print(s.size, s.format, s.pack(1, 2), s.unpack(b'\x01\x00\x00\x00\x02\x00'), type(s).__name__)
ba = bytearray(8)
struct.pack_into('<i', ba, 2, 7)
print(ba, struct.unpack_from('<i', ba, 2), struct.unpack_from('<h', ba, offset=2))
print(list(struct.iter_unpack('<hb', b'\x01\x00\x02\x03\x00\x04')))
print(struct.unpack(b'<i', b'abcd'), struct.unpack('<Q', b'\xff' * 7 + b'\x7f'), struct.unpack('<q', b'\xff' * 8))
class I:
    def __index__(self):
        return 5
print(struct.pack('b', I()), struct.pack('>d', 1e100), struct.unpack('>d', struct.pack('>d', 1e100)))
