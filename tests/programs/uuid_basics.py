# uuid: parsing, fields, formatting; uuid4 checked by format only.
import uuid

u = uuid.UUID('12345678-1234-5678-1234-567812345678')
print(u, repr(u), u.hex, u.urn, u.version, u.variant)
print(u.fields, u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant,
      u.clock_seq_low, u.node, u.clock_seq)
for text in ['{12345678-1234-5678-1234-567812345678}', '12345678123456781234567812345678',
             'urn:uuid:12345678-1234-5678-1234-567812345678', '12345678-1234-5678-1234-56781234567A']:
    print(uuid.UUID(text) == u, uuid.UUID(text))
try:
    uuid.UUID('not-a-uuid')
except ValueError as e:
    print('ValueError', e)
try:
    uuid.UUID()
except TypeError as e:
    print('TypeError', e)
f = uuid.UUID(fields=(0x12345678, 0x1234, 0x5678, 0x12, 0x34, 0x567812345678))
print(f == u, hash(f) == hash(u), f != u, sorted([uuid.NAMESPACE_URL, uuid.NAMESPACE_DNS]))
print(uuid.NAMESPACE_DNS, uuid.RFC_4122)
v = uuid.UUID('12345678-1234-5678-1234-567812345678', version=4)
print(v, v.version)
seen = set()
for _ in range(50):
    r = uuid.uuid4()
    s = str(r)
    assert len(s) == 36 and s[14] == '4' and s[19] in '89ab', s
    assert [len(p) for p in s.split('-')] == [8, 4, 4, 4, 12]
    assert r.version == 4 and r.variant == uuid.RFC_4122
    assert uuid.UUID(s) == r and uuid.UUID(r.hex) == r
    seen.add(s)
print(len(seen), type(uuid.uuid4()).__name__)
try:
    u.x = 1
except TypeError as e:
    print('TypeError', e)
