# bytes % args (PEP 461): %s/%b take bytes-like objects, %r/%a give ASCII
# reprs, %c an int or a byte, numbers format as for str.
print(b"%s and %b" % (b"x", bytearray(b"y")))
print(b"%d|%5d|%-5d|%05d|%+d|%x|%X|%#o|%.3f|%e|%g" % (1, 2, 3, 4, 5, 255, 255, 8, 3.14159, 12345.678, 0.00001))
print(b"%c%c" % (65, b"B"), b"%r" % "é", b"%a" % [1, "x"], b"%%" % (), b"%5s|%-5s|%.2s" % (b"ab", b"cd", b"efg"))
print(b"%(a)s-%(b)d" % {b"a": b"A", b"b": 2}, b"%*d" % (4, 7), bytearray(b"%d") % 3)
for fmt, args in [(b"%s", "str"), (b"%d", "x"), (b"%c", 300), (b"%c", b"ab"), (b"%s %s", (b"a",)), (b"%s", (b"a", b"b")), (b"%y", 1), (b"%", ())]:
    try:
        print(fmt % args)
    except Exception as e:
        print(type(e).__name__, e)
