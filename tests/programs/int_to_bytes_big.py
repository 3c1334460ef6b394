# int.to_bytes / int.from_bytes on ints of any size; struct's 64-bit codes
# at their full range; big ints next to bytes.
import struct

values = [0, 1, -1, 127, 128, -128, -129, 255, 256, 2**63 - 1, 2**63, -2**63,
          -2**63 - 1, 2**64 - 1, 2**64, -2**64, 2**100 + 12345, -(2**100) - 7,
          3**200, -(5**150)]
for v in values:
    for signed in (False, True):
        n = (v.bit_length() + 8) // 8
        for order in ('big', 'little'):
            try:
                b = v.to_bytes(n, order, signed=signed)
            except OverflowError as e:
                print(v, signed, order, 'OverflowError', e)
                continue
            back = int.from_bytes(b, order, signed=signed)
            print(v, signed, order, b.hex(), back == v)

# Exact sizes: the smallest length that fits, and one byte less.
for v in [2**64 - 1, 2**127, -(2**127), 2**127 - 1, 2**200 - 1]:
    for signed in (False, True):
        if v < 0 and not signed:
            continue
        bits = v.bit_length() + (1 if signed else 0)
        n = (bits + 7) // 8
        if signed and v < 0 and (-v) & (-v - 1) == 0:
            n = (v.bit_length() + 7) // 8  # -2**k fits k bits plus sign
        for length in (n - 1, n, n + 2):
            try:
                print(v, signed, length, v.to_bytes(length, 'big', signed=signed).hex())
            except OverflowError as e:
                print(v, signed, length, 'OverflowError:', e)

for fn in [lambda: (-1).to_bytes(20, 'big'), lambda: (2**70).to_bytes(8, 'little'),
           lambda: (2**70).to_bytes(9, 'big'), lambda: (-(2**70)).to_bytes(9, 'big', signed=True),
           lambda: (-(2**70)).to_bytes(20, 'big', signed=True)]:
    try:
        print(fn().hex())
    except OverflowError as e:
        print('OverflowError:', e)
try:
    (2**70).to_bytes(-1, 'big')
except ValueError as e:
    print('ValueError:', e)
print((0).to_bytes(0, 'big'), (0).to_bytes(0, 'big', signed=True))
print((2**80).to_bytes(12), (2**80 + 1).to_bytes(11, byteorder='little'))

data = bytes(range(256)) * 3
for order in ('big', 'little'):
    for signed in (False, True):
        v = int.from_bytes(data, order, signed=signed)
        print(order, signed, v.bit_length(), v % 1000003, hash(v))
        assert v.to_bytes(len(data), order, signed=signed) == data
print(int.from_bytes(b'\xff' * 9, 'big', signed=True), int.from_bytes(b'\xff' * 9, 'big'))
print(int.from_bytes(bytearray(b'\x80' + b'\x00' * 15), 'big', signed=True))
print(int.from_bytes([1] * 12, 'little'), int.from_bytes(iter([255] * 10), 'big'))
print(int.from_bytes(b'', 'big', signed=True))

# struct: the 64-bit unsigned codes take and give values up to 2**64 - 1.
for fmt in ['Q', '<Q', '>Q', '=Q', '!Q', 'L', 'N', 'P', 'q', '>q', '<q']:
    for v in [2**64 - 1, 2**63, 2**63 - 1, 2**64, -2**63 - 1, 2**100, -1]:
        try:
            packed = struct.pack(fmt, v)
            print(fmt, v, packed.hex(), struct.unpack(fmt, packed)[0])
        except struct.error as e:
            print(fmt, v, 'struct.error:', e)
for fmt in ['I', '<I', '>L', '<L', 'H', '>H', 'B', 'i', 'l']:
    for v in [2**63, 2**64, -(2**64)]:
        try:
            print(fmt, v, struct.pack(fmt, v))
        except struct.error as e:
            print(fmt, v, 'struct.error:', e)
print(struct.unpack('<QQ', b'\xff' * 16), struct.unpack('>qQ', b'\x80' + b'\x00' * 7 + b'\x80' + b'\x00' * 7))
print(struct.pack('<2Q', 2**64 - 1, 2**63).hex(), struct.Struct('>Q').unpack(b'\xfe' * 8))
print(struct.pack('d', 2**100), struct.pack('>f', -(2**70)))

# Big ints beside bytes: hash, repr and containers.
big = int.from_bytes(b'\x01' * 20, 'big')
print(repr(big), hash(big), hash(big) == hash(int(str(big))), big in {big: 1})
print({big: b'x', 2**64: bytes(3)}, [big.to_bytes(20, 'big')])
print(b'%d %x %X' % (2**70, 2**70, -(2**90)), '%d' % big)
print(bytes([2**3]), bytearray(b'ab') * 2)
try:
    bytes([2**70])
except ValueError as e:
    print('ValueError:', e)
for f in [lambda: bytearray([-2**70]), lambda: bytearray(b'a').append(2**70),
          lambda: b'ab'.count(2**70), lambda: 2**70 in b'ab', lambda: b'ab'.find(-2**70),
          lambda: bytes(2**70), lambda: bytes(-2**70), lambda: b'a' * 2**70,
          lambda: bytearray(b'ab').index(2**64)]:
    try:
        f()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
ba = bytearray(b'xy')
try:
    ba[0] = 2**70
except ValueError as e:
    print('ValueError', e)

# int() and float() of bytes-like text.
for f in [lambda: int(b'123'), lambda: int(b'1' * 30), lambda: int(bytearray(b'ff'), 16),
          lambda: int(b' -0x_1f ', 0), lambda: int(b'1_000'), lambda: float(b'1.5'),
          lambda: float(bytearray(b' -2e300 ')), lambda: float(b'inf'), lambda: int(b' 12 '),
          lambda: int(b'x'), lambda: int(b'12', 37), lambda: float(b'1.5x'),
          lambda: int(b'\xff'), lambda: int(b'9' * 5000)]:
    try:
        print(f())
    except ValueError as e:
        print('ValueError', e)
