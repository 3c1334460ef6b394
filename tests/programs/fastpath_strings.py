# String fast paths: split pieces of ASCII and non-ASCII text (lengths,
# indexing, identity of an unsplit string), str() and f-strings of ints at
# the int64 edges, f-strings mixing ASCII and non-ASCII pieces, and string
# equality across the short-string compare sizes.

# split: ASCII, non-ASCII, separators of several lengths, maxsplit.
for text, sep in [("a,b,,c", ","), ("héllo,wörld,x", ","), ("a::b::c", "::"),
                  ("x", ","), ("", ","), ("ééé", "é"), ("αβγ δ εζ", None),
                  ("  lead and trail  ", None), ("k=v=w", "=")]:
    parts = text.split(sep)
    print(parts, [len(p) for p in parts], [p[-1:] for p in parts])
    print(text.split(sep, 1), text.rsplit(sep, 1))
s = "no-separator-here"
print(s.split(",")[0] is s, s.split(",")[0] == s)
word = "wörd"
piece = ("x," + word).split(",")[1]
print(piece, len(piece), piece[1], piece.upper(), piece == word)
print(hash(piece) == hash(word), {word: 1}[piece])
lines = "one\ntwö\nthree"
print(lines.splitlines(), [len(x) for x in lines.splitlines()])

# str() and f-strings of ints.
for i in [0, 7, -7, 10, -10, 99, 100, 2**31, -2**31, 9223372036854775807,
          -9223372036854775807 - 1]:
    t = str(i)
    print(t, len(t), f"{i}", f"[{i}]", f"{i!r}", f"{i:>5}", t[0], t[-1])
print(str(True), f"{True}", str(-0), f"{-0}")

# f-strings built from pieces with different widths.
name = "Zoë"
for n in range(3):
    u = f"{name}-{n}:{'é' * n}"
    print(u, len(u), u[-1:], u.upper(), [ord(c) for c in u])
long_piece = "ab" * 200
v = f"{long_piece}{name}"
print(len(v), v[-3:], v[400])

# Equality of strings of every short length, differing at each position.
for n in range(0, 21):
    a = "".join([chr(97 + (k % 26)) for k in range(n)])
    b = "".join([chr(97 + (k % 26)) for k in range(n)])
    assert a == b and not (a != b), n
    for pos in range(n):
        c = a[:pos] + "#" + a[pos + 1:]
        assert a != c and c != a, (n, pos)
    print(n, a == b, a + "x" == b + "x", a == b + "y")
print("done")

# join writes its result in place: separators and items of every width.
class Sub(str):
    pass


for sep, items in [(",", ["a", "b", "c"]), ("", ["x", "y"]), ("é", ["a", "b"]),
                   ("--", []), ("-", ["only"]), (", ", ("tu", "ple")),
                   ("|", ["", "", ""]), ("", []), ("ß", ["ü", "", "ö"]),
                   (":", [Sub("s"), "t"]), ("+", iter(["i", "t"]))]:
    r = sep.join(items)
    print(repr(r), len(r), r[-1:], r.upper(), type(r).__name__)
single = "solo"
print(",".join([single]) is single, "".join([Sub("z")]), len("x".join(["é"] * 5)))
try:
    ",".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
print("joined")
