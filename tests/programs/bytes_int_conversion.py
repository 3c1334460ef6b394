# int.to_bytes / int.from_bytes for 64-bit values.
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (65).to_bytes(), (0).to_bytes(0, "big"))
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True), (9223372036854775807).to_bytes(8, "big"))
print((5).to_bytes(10, "big"), (-5).to_bytes(10, "big", signed=True), (255).to_bytes(1, byteorder="little"))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"), int.from_bytes(b"\xff\xfe", "big", signed=True))
print(int.from_bytes(b""), int.from_bytes([1, 2]), int.from_bytes(bytearray(b"\x01"), "big"), int.from_bytes(b"\x00" * 12 + b"\x07", "big"))
print(int.from_bytes(b"\xff" * 12, "little", signed=True), int.from_bytes(b"\x80" + b"\x00" * 7, "big", signed=True))
for n in [0, 1, 127, 128, 255, 256, 65535, -1, -128, -32768, 2**40]:
    size = 8
    print(n, int.from_bytes(n.to_bytes(size, "big", signed=True), "big", signed=True) == n)
for thunk in [lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (128).to_bytes(1, "big", signed=True),
              lambda: (1).to_bytes(1, "middle"), lambda: (1).to_bytes(-1, "big"), lambda: int.from_bytes("ab", "big")]:
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)
