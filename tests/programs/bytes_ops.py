# Sequence behaviour of bytes: indexing gives ints, slicing gives bytes,
# iteration, len, in, +, *, comparisons, hashing, constructors.
b = b"hello world"
print(b[0], b[-1], b[1:4], b[::-1], b[::2], b[100:], b[-3:])
print(len(b), list(b[:3]), [x for x in b"AB"])
print(104 in b, b"wor" in b, b"" in b, 300 in b"a" if False else 0 in b"\x00")
print(b"ab" + b"cd", b"ab" * 3, 2 * b"xy", b"ab" * 0, b"ab" * -1)
print(b"abc" == b"abc", b"abc" != b"abd", b"abc" < b"abd", b"b" > b"abc", b"" <= b"a")
print(b"abc" == "abc", b"a" == 97, b"abc" == bytearray(b"abc"))
print(hash(b"abc") == hash(b"abc"), hash(b"abc") == hash("abc"), hash(b"") == hash(""))
d = {b"one": 1, b"two": 2}
print(d[b"one"], b"two" in d, sorted({b"b", b"a", b"c"}))
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes(b"copy"), bytes(bytearray(b"ba")))
print(bytes("héllo", "utf-8"), bytes("abc", encoding="ascii"), bytes([x for x in [1, 2]]))
print(bool(b""), bool(b"\x00"), max(b"abc"), sum(b"\x01\x02"), sorted(b"cab"))
it = iter(b"xy")
print(type(it).__name__, next(it), next(it), next(it, "end"))
KEY = "x"
for bad in [lambda: b"a"[5], lambda: b"a"[KEY], lambda: b"a" + "b", lambda: b"a" < "b",
            lambda: 300 in b"a", lambda: "a" in b"abc", lambda: bytes("a"),
            lambda: bytes(1.5), lambda: bytes([1, "a"]), lambda: bytes([256]),
            lambda: bytes(-1), lambda: bytes(5, "utf-8"), lambda: b"a" * "b",
            lambda: bytes(None), lambda: b"ab"[1:2].x]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
x = b"abc"
try:
    x[0] = 1
except TypeError as e:
    print(e)
