# Methods of bytes (bytearray shares them and returns bytearrays).
print(b"a,b,,c".split(b","), b"  a b \t c\n".split(), b"a b c".split(None, 1))
print(b"a,b,c".rsplit(b",", 1), b" a  b ".rsplit(), b"abc".split(b"x"), b"".split())
print(b"-".join([b"a", b"b", bytearray(b"c")]), b"".join([]), b", ".join([x for x in [b"1", b"2"]]))
print(b"  pad  ".strip(), b"xxhixx".strip(b"x"), b"  l".lstrip(), b"r  ".rstrip(), b"abcba".strip(b"ab"))
print(b"hello".startswith(b"he"), b"hello".endswith((b"x", b"lo")), b"hello".startswith(b"l", 2), b"hello".endswith(b"l", 0, 4))
print(b"banana".find(b"an"), b"banana".rfind(b"an"), b"banana".find(b"x"), b"banana".find(110), b"banana".find(b"a", 2, 4))
print(b"banana".index(b"n"), b"banana".rindex(b"n"), b"banana".count(b"a"), b"banana".count(b""), b"banana".count(97))
print(b"aaa".replace(b"a", b"bb"), b"aaa".replace(b"a", b"b", 2), b"abc".replace(b"", b"-"))
print(b"Hello World".upper(), b"Hello World".lower(), b"hello world".title(), b"hELLo".swapcase(), b"hello".capitalize())
print(b"123".isdigit(), b"12a".isdigit(), b"abc".isalpha(), b" \t".isspace(), b"a1".isalnum(), b"".isdigit(), b"ABC".isupper(), b"abC".islower(), b"\x80".isascii())
print(b"a=b=c".partition(b"="), b"a=b=c".rpartition(b"="), b"abc".partition(b"x"), b"abc".rpartition(b"x"))
print(b"l1\nl2\r\nl3\rl4".splitlines(), b"a\nb\n".splitlines(True), b"".splitlines())
print(b"ab".ljust(5, b"*"), b"ab".rjust(5), b"ab".center(7, b"-"), b"ab".center(6), b"-12".zfill(6), b"7".zfill(3), b"abc".ljust(2))
print(b"\x01\xab\xcd".hex(), b"\x01\xab\xcd".hex(":"), b"\x01\xab\xcd".hex("-", 2), b"\x01\xab\xcd".hex(b" ", -2))
print(bytes.fromhex("01 ab CD"), bytearray.fromhex("ff00"), bytes.fromhex(""))
print(b"prefix-body".removeprefix(b"prefix-"), b"body.txt".removesuffix(b".txt"), b"abc".removeprefix(b"x"))
t = bytes.maketrans(b"abc", b"xyz")
print(b"aabbcc".translate(t), b"hello".translate(None, b"l"), len(t))
for bad in [lambda: b"abc".index(b"z"), lambda: b"abc".find("a"), lambda: b"a".split("a"),
            lambda: b"a".split(b""), lambda: b"a".startswith("a"), lambda: b"a".join(["a"]),
            lambda: b"a".strip("a"), lambda: b"ab".ljust(5, "*"), lambda: b"ab".ljust(5, b"**"),
            lambda: bytes.fromhex("0g"), lambda: bytes.fromhex("1"), lambda: bytes.fromhex(b"00"),
            lambda: b"a".partition(b""), lambda: b"x".count(300)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
ba = bytearray(b"Mixed Case")
print(ba.upper(), ba.split(), ba.replace(b" ", b"_"), ba.strip(b"M"), ba.hex(), ba.partition(b" "))
