# str.replace: ASCII text written straight into the result (sizes, counts,
# empty results, subclasses) and the non-ASCII paths beside it.
tests = [
    ("item1:2,item22:3", "item", "it"),
    ("aaa", "a", ""),
    ("aaa", "a", "bb"),
    ("abc", "x", "y"),
    ("\u00e9-\u00e9", "\u00e9", "e"),
    ("a\u00e9a", "a", "\u00e9"),
    ("xx", "xx", ""),
    ("abcabc", "bc", "BC"),
    ("", "a", "b"),
    ("abab", "ab", "ab"),
    ("aaaa", "aa", "b"),
]
for s, old, new in tests:
    r = s.replace(old, new)
    print(repr(r), len(r), r.isascii(), repr(s.replace(old, new, 1)),
          repr(s.replace(old, new, 0)), repr(s.replace(old, new, -1)))
    if r:
        print(r[-1], r[len(r) // 2], r.find(new) if new else -1)


class S(str):
    pass


for text in ("abc", "aXc"):
    x = S(text).replace("X", "y")
    print(type(x).__name__, x)
print(("x" * 10).replace("x", "yz").find("zy"), ("ab" * 1000).replace("b", "").count("a"))
