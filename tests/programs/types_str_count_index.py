# count and index with ranges; empty-substring counting.
s = "banana"
print(s.count("a"), s.count("an"), s.count("ana"), s.count("x"), s.count(""))
print(s.count("a", 2), s.count("a", 2, 4), s.count("a", -2))
print(s.index("n"), s.index("n", 3), s.index("a", -1))
print("".count(""), "aaaa".count("aa"))
try:
    s.index("n", 5)
except ValueError as e:
    print("ValueError:", e)
print(s[s.index("n"):], s.find("nan"), s.index("nan"))
