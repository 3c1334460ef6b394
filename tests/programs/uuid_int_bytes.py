# uuid: UUID.int, UUID(int=), bytes/bytes_le both ways, uuid3/uuid5 (over
# hashlib), uuid4 from os.urandom.
import os
import uuid

u = uuid.UUID('12345678-1234-5678-1234-567812345678')
print(u.int, hex(u.int), int(u), u.bytes, u.bytes_le, hash(u) == hash(u.int))
print(uuid.UUID(int=u.int) == u, uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u)
for v in [0, 1, 2**64, 2**128 - 1, 0xa0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5]:
    x = uuid.UUID(int=v)
    print(x, x.int == v, x.bytes.hex(), x.bytes_le.hex(), x.fields, x.version, x.variant, x.time, x.clock_seq)
for bad in [-1, 2**128, 2**200]:
    try:
        uuid.UUID(int=bad)
    except ValueError as e:
        print('ValueError', e)
for kw in [{'bytes': b'short'}, {'bytes_le': b'x' * 17}, {'fields': (1, 2, 3)},
           {'fields': (2**32, 0, 0, 0, 0, 0)}, {'fields': (0, 0, 0, 0, 0, 2**48)},
           {'hex': '1234'}, {'int': 5, 'version': 9}]:
    try:
        uuid.UUID(**kw)
    except ValueError as e:
        print('ValueError', e)
try:
    uuid.UUID(hex='x' * 32)
except ValueError as e:
    print('ValueError', e)
v = uuid.UUID(bytes=bytes(range(16)), version=4)
print(v, v.version, v.variant, v.bytes.hex())
for n in range(1, 6):
    print(n, uuid.UUID(int=2**127 + 12345, version=n))
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'))
print(uuid.uuid3(uuid.NAMESPACE_URL, 'http://x'), uuid.uuid5(uuid.NAMESPACE_OID, 'h\xe9'))
try:
    uuid.uuid3(uuid.NAMESPACE_URL, b'http://x')
except TypeError as e:
    print('TypeError', e)
print(sorted([uuid.UUID(int=5), uuid.UUID(int=2**100), uuid.UUID(int=3)]))
print(uuid.UUID(int=7) < uuid.UUID(int=2**127), {uuid.UUID(int=1): 'a'}[uuid.UUID(bytes=b'\x00' * 15 + b'\x01')])
r = uuid.uuid4()
print(r.version, r.variant, len(r.bytes), type(r.int).__name__, 0 <= r.int < 2**128)
print(len({uuid.uuid4().int for _ in range(100)}))
b = os.urandom(32)
print(type(b).__name__, len(b), len(os.urandom(0)), os.urandom(1000) != os.urandom(1000))
for bad in [-1, 'x', 1.5]:
    try:
        os.urandom(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
