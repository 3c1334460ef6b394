# bytes literals (b, rb, br, escapes, implicit concatenation) and their
# repr/str/print, quote choice as CPython makes it.
print(b"hello")
print(b'it\'s', b"say \"hi\"", b'both \' and "')
print(b"\x00\x01\x7f\x80\xff", b"\t\n\r\x0b\x0c")
print(rb"\x00\n", Br"raw\\", bR'\'')
print(b"abc" b'def' rb"\g")
print(b"\101\102\103", b"\0", b"\777"[0] if False else b"\177")
print(b"\u1234", b"\N{DASH}", b"\q")
print(b"line1\
line2")
print(b"""triple
quoted""")
print(repr(b""), str(b"x"), f"{b'ab'}", f"{b'ab'!r}", "%s" % b"q")
print([b"a", b"b'", b'"'], (b"x",), {b"k": b"v"})
print(type(b"").__name__, type(b"") is bytes, isinstance(b"", bytes))
print(b"\\", len(b"\\"), len(b"\x41"), len(rb"\x41"))
