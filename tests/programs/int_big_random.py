# Differential stress: pseudo-random ints of 1 to 400 bits, both signs,
# through every operator; results printed (some) and folded into a
# checksum, both compared with CPython's.
state = 12345


def rand_bits(n):
    global state
    out = 0
    while n > 0:
        state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
        take = min(n, 32)
        out = (out << take) | (state >> (64 - take))
        n -= take
    return out


def rand_int():
    bits = rand_bits(9) % 400 + 1
    v = rand_bits(bits)
    if rand_bits(1):
        v = -v
    return v


checksum = 0


def fold(v):
    global checksum
    if isinstance(v, float):
        v = hash(v)
    elif isinstance(v, tuple):
        for x in v:
            fold(x)
        return
    elif isinstance(v, bool):
        v = int(v)
    checksum = (checksum * 1000003 + v) % (2**61 - 1)


for i in range(1500):
    a = rand_int()
    b = rand_int()
    if b == 0:
        b = 1
    s = rand_bits(8)
    results = [a + b, a - b, a * b, a // b, a % b, divmod(a, b), -a, ~a,
               abs(a), a & b, a | b, a ^ b, a << (s % 70), a >> s, a == b,
               a < b, a >= b, a.bit_length(), hash(a), a * 0 == 0]
    try:
        results.append(a / b)
    except OverflowError:
        results.append(-1)
    try:
        results.append(float(a))
    except OverflowError:
        results.append(-2)
    results.append(a < float(b) if abs(b) < 2**1000 else 0)
    results.append(pow(a, 3) if abs(a) < 2**100 else 0)
    results.append(pow(a, abs(b) % 1000, abs(b) + 1))
    results.append(int(str(a)) == a and int(hex(a), 16) == a)
    results.append(round(a, -(s % 40)))
    for r in results:
        fold(r)
    if i % 100 == 0:
        print(i, a, b, results[:6], results[-8:])
print("checksum", checksum)
