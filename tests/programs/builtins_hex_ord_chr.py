# hex(), ord(), chr() round trips.
for n in [0, 1, 9, 10, 15, 16, 255, 256, 4096, -1, -255, 9223372036854775807]:
    print(n, hex(n), int(hex(n), 16) == n)
print([ord(c) for c in "AZaz09"], "".join([chr(i) for i in range(97, 123)]))
print(chr(ord("a") - 32), ord(chr(0x10FFFF)), hex(ord("€")))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
