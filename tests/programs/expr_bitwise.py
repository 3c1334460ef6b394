# Bitwise operators on ints, including negatives and shifts.
print(12 & 10, 12 | 10, 12 ^ 10)
print(~0, ~1, ~-5)
print(1 << 0, 1 << 10, 1 << 62)
print(1024 >> 3, -1024 >> 3, -1 >> 10, 7 >> 100)
print(-12 & 10, -12 | 10, -12 ^ 10)
print(0xff & -0x10, 0b1010 ^ -1)
print(True & True, True | False, True ^ True, type(True & True).__name__)
print(True << 3, 6 & True)
print(hex(0xdead & 0xff00), hex(0xf0 | 0x0f))
x = 0
for bit in [0, 3, 5]:
    x |= 1 << bit
print(x, hex(x))
mask = (1 << 8) - 1
print(mask, -1 & mask, 300 & mask)
