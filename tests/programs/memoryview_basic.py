# memoryview over bytes and bytearray: indexing, slicing, tobytes/tolist,
# attributes, cast, writes into a bytearray, release and errors.


def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


data = b"hello world"
mv = memoryview(data)
print(type(mv).__name__, len(mv), mv[0], mv[-1], mv.tobytes())
print(mv.nbytes, mv.readonly, mv.itemsize, mv.format, mv.ndim, mv.shape, mv.strides)
print(mv.obj is data, mv.c_contiguous, mv.contiguous)
print(mv[1:5].tobytes(), mv[::2].tobytes(), mv[::-1].tobytes(), mv[6:].tolist())
print(mv[1:8][2:4].tobytes(), len(mv[3:3]), mv[3:3].tobytes())
print(list(mv[:3]), bytes(mv[:5]), mv.hex(), mv[2:4].hex())
print(mv == data, mv == b"hello", mv[:5] == memoryview(b"hello"), mv != b"x")
print(mv.tolist()[:3], [x for x in mv[:4]])
print(hash(mv) == hash(data))
attempt("index out", lambda: mv[11])
attempt("negative out", lambda: mv[-12])
attempt("float key", lambda: mv[1.5])
attempt("str arg", lambda: memoryview("text"))
attempt("int arg", lambda: memoryview(5))
attempt("no arg", lambda: memoryview())


def write_ro():
    mv[0] = 1


attempt("write readonly", write_ro)

buf = bytearray(b"abcdef")
m = memoryview(buf)
print(m.readonly)
m[0] = ord("A")
m[1:3] = b"BC"
m[-1] = 70
print(buf)
m2 = m[::2]
m2[1] = ord("z")
print(buf, m2.tolist())


def bad_value():
    m[0] = 300


def bad_type():
    m[0] = b"x"


def wrong_length():
    m[0:2] = b"xyz"


attempt("value too big", bad_value)
attempt("wrong type", bad_type)
attempt("length mismatch", wrong_length)
attempt("hash writable", lambda: hash(m))
ro = m.toreadonly()
print(ro.readonly, ro.tobytes())

# cast
nums = bytearray(8)
m = memoryview(nums)
words = m.cast("H")
print(words.format, words.itemsize, len(words), words.nbytes, words.tolist())
words[0] = 0x0102
words[3] = 65535
print(nums, words.tolist())
ints = m.cast("i")
print(ints.tolist(), ints.cast("B").tolist())
signed = memoryview(b"\xff\x01").cast("b")
print(signed.tolist(), memoryview(b"ab").cast("c").tolist())
attempt("cast bad format", lambda: m.cast("x"))
attempt("cast not multiple", lambda: memoryview(b"abc").cast("H"))
attempt("cast two non-byte", lambda: words.cast("i"))
attempt("write bad range", lambda: words.__setitem__(0, -1))

# release and context manager
with memoryview(b"ctx") as cm:
    print(cm.tobytes())
attempt("after with", lambda: cm.tobytes())
attempt("len after release", lambda: len(cm))
r = memoryview(b"abc")
r.release()
r.release()
attempt("index after release", lambda: r[0])
print(repr(r).startswith("<released memory at 0x"), repr(mv).startswith("<memory at 0x"))
print(isinstance(mv, memoryview), memoryview(mv).tobytes())
