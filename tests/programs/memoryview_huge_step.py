# memoryview and range slices whose step is at the limits of a 64-bit
# index: the new stride (stride * step) and the range's new step overflow
# int64 when the slice keeps at most one item (CPython's memoryview wraps
# the same way; its strides show the wrapped value).
for fmt in ("B", "h", "i", "q"):
    base = memoryview(bytearray(range(16))).cast(fmt)
    for step in (2**63, -2**63, 2**63 - 1, -(2**63 - 1), 2**100, -2**100):
        for start in (None, 0, 1, -1, 100, -100):
            m = base[start::step]
            print(fmt, step, start, len(m), m.strides, m.tolist(), m.tobytes(),
                  m.nbytes)
            if len(m):
                m[0] = 1
                m[:] = m.tobytes() if fmt == "B" else m
            mm = m[::2][::-(2**62)][::3]
            print("  ", len(mm), mm.strides, mm.tolist(), mm == m, bytes(mm))
    print(fmt, base.tolist())

# Slices of slices keep at most one item and wrap further.
m = memoryview(b"abcdefgh").cast("q")[::2**63]
for k in range(5):
    m = m[::-3] if k % 2 else m[::7]
    print(m.strides, m.tolist(), m.c_contiguous, m.contiguous)
e = memoryview(b"")[::2**63][::-1][5:][::-(2**62)]
print(e.strides, e.tolist(), len(e), e.tobytes())

# Ranges: results that fit in 64 bits (this range type holds int64 bounds;
# beyond them slicing raises OverflowError, tests/vm/vm_test.cc).
cases = [(range(10), (2**62, -(2**62), 2**61 + 1, 1, -1, 2**63, -2**63)),
         (range(9, -1, -1), (2**62, -(2**62), 2**61 + 1, 1, -1)),
         (range(2**62, -2**62, -(2**61)), (1, -1, 3, -3))]
for r, steps in cases:
    for step in steps:
        s = r[::step]
        print(r, step, len(s), list(s), s[0] if s else None)
print(range(-2**62, 2**62, 2**61)[1::2], range(2**62)[::2**61][1:])
