# array: every typecode (values, limits, bytes), the list-like methods,
# slicing, operators, byteswap, tobytes/frombytes, tolist/fromlist,
# files, pickling and the errors.
import array
import copy
import io
import pickle

print(array.typecodes, array.ArrayType is array.array)
for tc in "bBhHiIlLqQfd":
    a = array.array(tc, [0, 1, 2, 100])
    print(tc, a.itemsize, a, a.tobytes(), a.tolist())
print(array.array("f", [0.1, 1e300, -1e300, 2.5]))
print(array.array("d", [1, 2.5, True]), array.array("i", [True, False]))
print(array.array("b", b"\xff\x01"), array.array("H", b"\x01\x02\x03\x04"))
print(array.array("d", array.array("i", [3, 4])), array.array("i", range(4)),
      array.array("i", (x * x for x in range(3))), array.array("i"))

limits = {"b": (-128, 127), "B": (0, 255), "h": (-32768, 32767),
          "H": (0, 65535), "i": (-2**31, 2**31 - 1), "I": (0, 2**32 - 1),
          "l": (-2**63, 2**63 - 1), "L": (0, 2**64 - 1),
          "q": (-2**63, 2**63 - 1), "Q": (0, 2**64 - 1)}
for tc, (lo, hi) in limits.items():
    print(tc, array.array(tc, [lo, hi]).tobytes().hex())
    for v in (lo - 1, hi + 1, 10**20, -10**20):
        try:
            array.array(tc, [v])
        except OverflowError as e:
            print("  ", v, "OverflowError:", e)

a = array.array("i", [5, 1, 4, 1, 5, 9, 2, 6])
print(len(a), a[0], a[-1], a[2:5], a[::-1], a[::3], 9 in a, 7 in a)
print(a.count(1), a.index(5), a.index(5, 1), a.index(5, 1, 5))
a.append(3)
a.extend([7, 8])
a.extend(array.array("i", [0]))
a.insert(0, -1)
a.insert(100, 99)
a.insert(-2, 42)
print(a)
print(a.pop(), a.pop(0), a.pop(-3), a)
a.remove(1)
a.reverse()
print(a)
a[0] = 11
a[1:3] = array.array("i", [20, 21, 22])
del a[-1]
del a[::4]
print(a)
a[::2] = array.array("i", [0] * len(a[::2]))
print(a)
b = array.array("i", [1, 2])
print(b + b, b * 3, 2 * b, b * 0)
b += array.array("i", [3])
b *= 2
print(b, b == array.array("i", [1, 2, 3, 1, 2, 3]), b != b,
      b < array.array("i", [1, 3]), array.array("b", [1]) == array.array("d", [1.0]),
      b == [1, 2, 3, 1, 2, 3])
h = array.array("h", [1, -2, 300])
h.byteswap()
print(h, h.tobytes())
d = array.array("d", [1.5])
d.byteswap()
print(d.tobytes())
c = array.array("H")
c.frombytes(b"\x01\x00\x02\x00")
c.fromlist([3, 4])
print(c, list(c), [x for x in c])
f = io.BytesIO()
c.tofile(f)
f.seek(0)
e = array.array("H")
e.fromfile(f, 3)
print(e, f.read())
f.seek(0)
try:
    e.fromfile(f, 10)
except EOFError as err:
    print("EOFError:", err, e)
print(copy.copy(c) == c, copy.copy(c) is not c, copy.deepcopy(c) == c)

for proto in range(6):
    for v in (array.array("i", [1, -2]), array.array("d", [0.5]),
              array.array("B"), array.array("Q", [2**64 - 1])):
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        print(proto, back == v, back.typecode, data)


def check(fn):
    try:
        print("ok", fn())
    except Exception as exc:
        print(type(exc).__name__ + ":", exc)


a = array.array("i", [1, 2, 3])
check(lambda: array.array("z"))
check(lambda: array.array("i", [1.5]))
check(lambda: array.array("d", ["x"]))
check(lambda: array.array("i", "abc"))
check(lambda: array.array("i", b"abc"))
check(lambda: a.extend(array.array("d")))
check(lambda: a + [1])
check(lambda: a.remove(9))
check(lambda: a.index(9))
check(lambda: a.frombytes(b"abc"))
check(lambda: a.fromlist((1,)))
check(lambda: a.__setitem__(slice(0, 1), [1]))
check(lambda: a.pop(10))
check(lambda: array.array("i").pop())
check(lambda: a[10])
check(lambda: a.__setitem__(10, 1))
check(lambda: a * "x")
check(lambda: a.__iadd__([1]))
check(lambda: a.insert("x", 1))
check(lambda: a.tounicode())
check(lambda: a.fromlist([1, "x"]))
check(lambda: a.__setitem__(slice(None, None, 2), array.array("i", [1])))
check(lambda: a.__setitem__(0, "x"))
print(a)
