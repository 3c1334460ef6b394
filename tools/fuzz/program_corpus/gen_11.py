try:
    assert 1e-300 < True, "assertion 967"
    print("assert ok")
except AssertionError as e:
    print("assert", e)
print(all([0, 5, 63, 14, 5]), any([]), 'hello world' or [7, 256, 5, 13, -1, 6], {'hello world': -129} and [], not '%s%d')
def fin323(n):
    out = []
    for i in range(n):
        try:
            if i % 3 == 0:
                continue
            if i == 7:
                break
            out.append(i)
        finally:
            out.append(-i)
    return out
print(fin323(1))
bs126 = bytes([-3][:8]) if all(0 <= v < 256 for v in [-4, 12, 14, 2, 3, 3][:8]) else b"ab"
ba126 = bytearray(bs126) + b"126"
ba126[0:1] = b"Z"
print(bs126.hex(), ba126, bs126.decode("latin-1"), ba126.find(b"126"))
