import io, base64, hashlib, string, textwrap, operator, copy
buf729 = io.StringIO()
print('', file=buf729)
print(repr(buf729.getvalue()), base64.b64encode('-4.5e3'.encode()), hashlib.sha256(b"729").hexdigest()[:8])
print(string.ascii_lowercase[:1], textwrap.wrap('\n\t x' * 3, 7)[:2], operator.itemgetter(0)([11, 11, -4] or [0]))
print(copy.deepcopy({'123': True}))
data693 = [2]
print([x | y for x in data693 for y in data693[:3] if x not in y])
print({x: x * x for x in data693 if x})
print({x % 5 for x in data693}, sorted(set(data693) ^ {1, 2, 63}))
print(list(zip(data693, reversed(data693))), dict(enumerate(data693)))
m638 = [[i * j for j in range(4)] for i in range(4)]
t638 = [list(r) for r in zip(*m638)]
print(m638 == [list(c) for c in zip(*t638)], [sum(r) for r in t638])
print(max(m638, key=len, default=None), min([0, -1]))
import struct
try:
    raw148 = struct.pack("<iHd", 7 % 1000, 3, 1.5)
    print(len(raw148), struct.unpack("<iHd", raw148)[:2], struct.calcsize(">q3s"))
except struct.error as e:
    print("struct.error")
