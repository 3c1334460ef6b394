# str.split/rsplit/splitlines build their result lists directly: piece
# order, maxsplit from either end, overlapping and multi-byte separators,
# non-ASCII text, identity of an unsplit string, and long results.
cases = [
    ("a,b,,c,", ","),
    (",", ","),
    ("", ","),
    ("aaaa", "aa"),
    ("aaa", "aa"),
    ("ababa", "aba"),
    ("x--y----z", "--"),
    ("héllo wörld héllo", "ö"),
    ("αβγ,δεζ,,ηθ", ","),
    ("日本語の文章、句読点、分割", "、"),
]
for s, sep in cases:
    print(repr(s), repr(sep))
    print(" ", s.split(sep), s.rsplit(sep))
    for m in (-1, 0, 1, 2, 5):
        print(" ", m, s.split(sep, m), s.rsplit(sep, m),
              s.split(sep, maxsplit=m), s.rsplit(sep=sep, maxsplit=m))

ws = ["", "   ", "a b  c", "  lead and trail  ", "tab\tnew\nline\r\x0bvt\x0cff",
      "no-space", "uni\u2003em\u3000ideo\xa0nbsp", "\u2028line\u2029para x"]
for s in ws:
    print(repr(s), s.split(), s.rsplit())
    for m in (0, 1, 2):
        print(" ", m, s.split(None, m), s.rsplit(None, m))

lines = ["", "a", "a\n", "a\nb", "a\r\nb\rc\n\nd", "x\x0by\x0cz\x1cw\x85v\u2028u"]
for s in lines:
    print(repr(s), s.splitlines(), s.splitlines(True), s.splitlines(keepends=True))

s = "no separators here"
print(s.split(",")[0] is s, s.rsplit(",")[0] is s, s.split()[0] is s)
t = "word"
print(t.split()[0] is t, t.rsplit()[0] is t, t.splitlines()[0] is t)

# Long results, several rounds (the list is the only buffer).
for rnd in range(3):
    text = ",".join("item%d:%d" % (i, i * 7 % 13) for i in range(20000 + rnd))
    parts = text.split(",")
    rparts = text.rsplit(",")
    print(len(parts), parts[0], parts[-1], parts == rparts,
          sum(len(p) for p in parts))
    halves = text.split(",", 10000)
    print(len(halves), len(halves[-1]), text.rsplit(",", 3)[0][-12:])
    words = (" \t".join(parts)).split()
    print(len(words), words == parts, (" ".join(parts)).rsplit(None, 2)[1:])
    nl = "\n".join(parts).splitlines()
    print(len(nl), nl == parts)

for bad in ("", 5):
    try:
        "abc".split(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
    try:
        "abc".rsplit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
