# find, replace, startswith/endswith, index.
s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.find("cat"), s.find(""), s.find("dog", 0, 10))
print(s.replace("the", "a"), s.replace("o", "0", 2), s.replace("", "") == s)
print("aaa".replace("a", "bb"), "abc".replace("", "-"), "aaaa".replace("aa", "a"))
print(s.startswith("the"), s.startswith("quick", 4), s.endswith("dog"), s.endswith("lazy", 0, 39))
print(s.startswith(("a", "t")), s.endswith(("cat", "dog")), "".startswith(""))
print(s.index("fox"), s.index("o"), s.index("o", 13))
try:
    s.index("cat")
except ValueError as e:
    print("ValueError:", e)
print("héllo".find("l"), "héllo".replace("é", "e"))
print("abcabc".find("c", -2), "abc".find("c", -1), "abc".find("a", -10))
