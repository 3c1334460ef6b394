# UTF-8 source: non-ASCII text in literals and comments (çà ü 中文).
s = "héllo wörld"
print(s, len(s))
print(s[1], s[-2])
print("中文字符", len("中文字符"))
print("emoji: 😀", len("😀"))
print(repr("ß"), repr("中"))
print("ÀÉÎ".lower(), "àéî".upper())
print([c for c in "añb"])
print(ord("é"), chr(233), chr(0x4e2d))
print("é" < "z", "z" < "é")
