# str.split/rsplit with maxsplit and None, splitlines, partition.
s = "  a  b\tc\n d  "
print(s.split(), s.split(None, 1), s.split(None, 0), s.rsplit(None, 1), s.split(" "))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 2), "a,b,,c".rsplit(",", 1), "".split(), "".split(","))
print("abc".split("abc"), "x--y--z".split("--", -1), "x--y--z".rsplit("--", 1), "aaa".split("a"))
print("a\nb\r\nc\rd\n".splitlines(), "a\nb\n".splitlines(True), "".splitlines(), "x".splitlines())
print("k=v=w".partition("="), "k=v=w".rpartition("="), "kvw".partition("="), "kvw".rpartition("="))
try:
    "a".split("")
except ValueError as e:
    print(e)
print("one two  three".split(maxsplit=1), "a b c".rsplit(maxsplit=1), "a b c".split(sep=" ", maxsplit=1))
print(" ".join(["x", "y"]), "-".join("abc"), "".join([]), ", ".join(map(str, [1, 2])))
try:
    ",".join([1, 2])
except TypeError as e:
    print(e)
