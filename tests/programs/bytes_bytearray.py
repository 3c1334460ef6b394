# bytearray: a mutable bytes (append, extend, insert, pop, remove, clear,
# reverse, copy, item and slice assignment, del, +=, *=).
ba = bytearray(b"abc")
ba.append(100)
ba.extend(b"ef")
ba.extend([103, 104])
ba.extend(bytearray(b"!"))
print(ba, len(ba))
ba[0] = 65
del ba[1]
print(ba, ba[0], ba[-1], ba[1:3])
ba[1:3] = b"XYZ"
print(ba)
ba[::2] = bytes(len(ba[::2]))
print(ba)
del ba[::3]
print(ba)
ba[2:2] = [1, 2, 3]
print(ba)
ba.insert(0, 0x30)
ba.insert(-1, 0x31)
ba.insert(100, 0x32)
print(ba, ba.pop(), ba.pop(0), ba.pop(-2))
ba.remove(0x31)
print(ba)
ba.reverse()
print(ba)
c = ba.copy()
c.clear()
print(c, ba == c, len(ba) > 0)
x = bytearray(b"ab")
y = x
x += b"cd"
print(x, y is x)
x *= 2
print(x, y)
print(bytearray(), bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray(b"q") + b"r", b"r" + bytearray(b"q"))
print(bytearray(b"abc") == b"abc", bytearray(b"a") < b"b", b"zz" in bytearray(b"xzzy"), list(bytearray(b"hi")))
print(type(iter(bytearray())).__name__, repr(bytearray(b"it's")))
for bad in [lambda: bytearray().extend("ab"), lambda: bytearray().extend(5), lambda: bytearray().pop(),
            lambda: bytearray(b"a").pop(5), lambda: bytearray().remove(5), lambda: bytearray().append("a"),
            lambda: bytearray().append(256), lambda: bytearray().insert(0, 300),
            lambda: bytearray(b"ab").__setitem__(0, 300), lambda: hash(bytearray()),
            lambda: bytearray(b"a") + "b", lambda: bytearray(b"a")[5], lambda: bytearray(1.5)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
z = bytearray(b"ab")
try:
    z[0:1] = "x"
except TypeError as e:
    print(e)
try:
    z[::2] = b"xy"
except ValueError as e:
    print(e)
try:
    del z[5]
except IndexError as e:
    print(e)
