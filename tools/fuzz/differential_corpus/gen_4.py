#~
raw591 = [4, -2, 2][:8]
bs591 = bytes(raw591) if all(0 <= v < 256 for v in raw591) else b"ab"
ba591 = bytearray(bs591) + b"591"
ba591[0:1] = b"Z"
print(bs591.hex(), ba591, bs591.decode("latin-1"), ba591.find(b"591"))
try:
    try:
        raise TypeError('  padded  ')
    finally:
        print("inner finally")
except (TypeError, KeyError) as e415:
    print("got", type(e415).__name__, e415.args)
except Exception as e415:
    print("other", type(e415).__name__)
raw718 = [12, 14, 11, 10, 0][:8]
bs718 = bytes(raw718) if all(0 <= v < 256 for v in raw718) else b"ab"
ba718 = bytearray(bs718) + b"718"
ba718[0:1] = b"Z"
print(bs718.hex(), ba718, bs718.decode("latin-1"), ba718.find(b"718"))
try:
    assert {'%s%d': ([-1, 10, 8, 5], -0.0)} > True, "assertion 287"
    print("assert ok")
except (AssertionError, TypeError) as e:
    print(type(e).__name__, e)
print(all([14, -3, 10, -3, 10]), any([]), [11, 8, 2, -3, 14, 13] or None, None and {'ünïcödé': {'123': 'a' * 20}}, not [-0.0])
