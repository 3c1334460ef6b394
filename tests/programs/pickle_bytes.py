# pickle: the bytes dumps() writes for builtin values, every protocol, and
# the round trip of each.
import pickle

values = [
    None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -255, -256,
    2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**63, -2**63, 2**64 + 12345,
    -(2**200) + 7, 10**600, 0.0, -0.0, 1.5, 1e300, -2.5e-300,
    float("inf"), "", "abc", "héllo wörld", "\u20ac\U0001F600",
    "line\nbreak\\back\r\x00\x1a", "x" * 300, b"", b"\x00\xffbytes",
    b"y" * 300, bytearray(), bytearray(b"ab\x00"), [], [1, 2, 3],
    (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), {}, {"a": 1, "b": [2, 3]},
    {1: "one", (2, 3): None}, set(), {1, 2, 3}, frozenset(),
    frozenset({"x", "y"}), [None, [True, [1.25, ["deep"]]]],
    list(range(2500)), {i: str(i) for i in range(1200)},
    set(range(1500)), frozenset(range(20)), tuple(range(10)),
    {"k": (1, [2, {"z": b"b"}])}, "s" * 70000, b"B" * 70000,
    [b"q" * 40000, "r" * 40000],
]

for proto in range(6):
    for v in values:
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        same = back == v and type(back) is type(v)
        if isinstance(v, float) and v == 0.0:
            same = same and str(back) == str(v)
        text = repr(data) if len(data) < 200 else "%d bytes %r...%r" % (
            len(data), data[:60], data[-40:])
        print(proto, same, text)

# The default protocol is 4; HIGHEST_PROTOCOL 5.
print(pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL)
print(pickle.dumps([1, "a"]) == pickle.dumps([1, "a"], 4))
print(pickle.dumps(1, -1))

# Shared and recursive references (the memo).
shared = [1, 2]
obj = [shared, shared, {"s": shared}]
for proto in range(6):
    data = pickle.dumps(obj, proto)
    back = pickle.loads(data)
    print(proto, data, back, back[0] is back[1] is back[2]["s"])

rec = [1]
rec.append(rec)
d = {}
d["self"] = d
t = ([],)
t[0].append(t)
for proto in range(6):
    r = pickle.loads(pickle.dumps(rec, proto))
    print(proto, pickle.dumps(rec, proto), r[1] is r)
    r = pickle.loads(pickle.dumps(d, proto))
    print(proto, pickle.dumps(d, proto), r["self"] is r)
    r = pickle.loads(pickle.dumps(t, proto))
    print(proto, pickle.dumps(t, proto), r[0][0] is r)

s = "shared string"
b = b"shared bytes"
print(pickle.dumps([s, s, b, b, (s, b), (s, b)]))
tup = (1, 2)
print(pickle.dumps([tup, tup, frozenset([tup]), tup]))
