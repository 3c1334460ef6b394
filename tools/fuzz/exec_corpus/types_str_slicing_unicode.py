# Indexing and slicing count code points, not bytes.
s = "aé中😀b"
print(len(s), s[0], s[1], s[2], s[3], s[4], s[-1], s[-2])
print(s[1:4], s[::-1], s[::2], s[3:], len(s[3:]))
print([c for c in s])
print([ord(c) for c in s])
print(s.find("中"), s.find("b"), s.index("😀"))
t = "ÿ" * 3 + "Ā"
print(t, len(t), t[3], ord(t[3]))
print("".join(reversed("中文abc")))
try:
    print(s[5])
except IndexError as e:
    print("IndexError:", e)
print("x" + s[2] * 2 + "y")
print(s.upper(), "ÉCOLE".lower(), s.count("a"))
