# Extended slices whose step is at the limits of a 64-bit index (found by
# program_fuzzer: `del l[::-2**63]` overflowed computing the next index
# past the last one deleted).
for step in (2**63, -2**63, 2**63 - 1, -(2**63 - 1), 2**100, -2**100):
    for start in (None, 0, 1, 3, -1):
        l = [7, 6, -1, 100, 10]
        print(step, start, l[start::step], tuple(l)[start::step],
              "abcde"[start::step], "äbcdé"[start::step])
        del l[start::step]
        print(" del", l)
        l = [7, 6, -1, 100, 10]
        try:
            l[start::step] = ["x"]
            print(" set", l)
        except ValueError as e:
            print(" set", e)
        b = bytearray(b"abcde")
        del b[start::step]
        print(" bytearray", b, b"abcde"[start::step])
