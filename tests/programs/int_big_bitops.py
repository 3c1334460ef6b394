# Bitwise operators on ints of any size, with CPython's infinite two's
# complement for negatives; shifts; bit_length and bit_count.


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


vals = [0, 1, -1, 5, -5, 2**63, -2**63, 2**64 - 1, -2**64, 2**100 + 12345,
        -(2**100) - 7, 0xDEADBEEFCAFEBABE1234, -0xFFFFFFFFFFFFFFFFFFFF]
for x in vals:
    row = []
    for y in vals[:8]:
        row.append((x & y, x | y, x ^ y))
    print(x, ~x, row)
for x in vals:
    print(x, [x << s for s in (0, 1, 63, 64, 65, 130)],
          [x >> s for s in (0, 1, 63, 64, 65, 130, 10**20)])
for x in vals:
    print(x, x.bit_length(), x.bit_count(), int.bit_length(x))
show("1<<-1", lambda: 1 << -1)
show("big>>-1", lambda: 2**100 >> -1)
show("1<<2**100", lambda: 1 << 2**100)
show("0<<2**100", lambda: 0 << 2**100)
show("-1>>2**100", lambda: -1 >> 2**100)
show("5>>2**100", lambda: 5 >> 2**100)
show("True & 2**70", lambda: True & 2**70)
show("True | 2**70", lambda: True | 2**70)
show("2**70 ^ False", lambda: 2**70 ^ False)
show("2**70 & 1.0", lambda: 2**70 & 1.0)
show("~True", lambda: ~True)
m = (1 << 64) - 1
h = 0
for c in "hash me with a 64-bit FNV-1a":
    h ^= ord(c)
    h = (h * 0x100000001B3) & m
print("fnv1a64", h, hex(h))
h = 0xcbf29ce484222325
for c in "abc":
    h = ((h ^ ord(c)) * 0x100000001b3) % 2**64
print("fnv", h)
x = 0
for i in range(0, 200, 7):
    x |= 1 << i
print(x, bin(x).count("1"), x.bit_count())
print((-x) & ((1 << 210) - 1))
print(bool(2**100 & 2**99), bool(2**100 & 2**100))
