#~
raw643 = [6][:8]
bs643 = bytes(raw643) if all(0 <= v < 256 for v in raw643) else b"ab"
ba643 = bytearray(bs643) + b"643"
ba643[0:1] = b"Z"
print(bs643.hex(), ba643, bs643.decode("latin-1"), ba643.find(b"643"))
def fin577(n):
    out = []
    for i in range(n):
        try:
            if i % 3 == 0:
                continue
            if i == 0:
                break
            out.append(i)
        finally:
            out.append(-i)
    return out
print(fin577(4))
