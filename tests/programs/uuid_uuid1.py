# uuid1: version, variant, node, time and clock_seq fields, ordering of
# successive timestamps; getnode is stable; uuid3/uuid5 known values.
import time
import uuid

before = time.time_ns() // 100 + 0x01b21dd213814000
a = uuid.uuid1()
b = uuid.uuid1()
after = time.time_ns() // 100 + 0x01b21dd213814000
print(a.version, a.variant, b.version)
print(before <= a.time <= after, a.time < b.time)
print(a.node == uuid.getnode() == b.node, uuid.getnode() == uuid.getnode())
print(0 <= a.node < 2**48, 0 <= a.clock_seq < 2**14)
print(a != b, len(str(a)), str(a)[14])
c = uuid.uuid1(node=0x123456789abc, clock_seq=0x1234)
print(hex(c.node), hex(c.clock_seq), str(c)[-17:], c.version)
print(str(c)[19:23])
d = uuid.uuid1(node=1, clock_seq=0)
print(str(d).endswith('-8000-000000000001'), d.clock_seq_hi_variant, d.clock_seq_low)
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'))
print(uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'))
print(uuid.uuid3(uuid.NAMESPACE_URL, 'https://example.com/ä'))
print(uuid.uuid5(uuid.NAMESPACE_OID, '1.3.6.1'))
print(repr(uuid.uuid5(uuid.NAMESPACE_X500, 'cn=x')))
ts = [uuid.uuid1().time for _ in range(50)]
print(ts == sorted(ts), len(set(ts)))
