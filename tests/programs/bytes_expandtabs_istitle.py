# bytes/bytearray expandtabs and istitle.
for t in (bytes, bytearray):
    print(t(b"a\tb\tc").expandtabs())
    print(t(b"a\tb\r\tc\n\td").expandtabs())
    print(t(b"ab\tc").expandtabs(3), t(b"ab\tc").expandtabs(tabsize=3))
    print(t(b"\t\t").expandtabs(0), t(b"x\ty").expandtabs(-1))
    print(t(b"\xff\tz").expandtabs(4), t(b"").expandtabs())
    for s in [b"", b"Hello World", b"Hello world", b"hello", b"HELLO",
              b"A", b"a", b"123", b"Abc1Def", b"AbC", b"\xc0Ab", b" Ab  Cd ",
              b"A1b"]:
        print(t(s), t(s).istitle())
try:
    b"x".expandtabs("8")
except TypeError as e:
    print("TypeError:", e)
try:
    b"x".istitle(1)
except TypeError as e:
    print("TypeError:", e)
try:
    b"x".expandtabs(2 ** 40)
except OverflowError as e:
    print("OverflowError:", e)
