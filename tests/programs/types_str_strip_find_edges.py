# strip with chars, find/index/count/replace/startswith with ranges.
s = "xxhixyx"
print(s.strip("x"), s.lstrip("x"), s.rstrip("xy"), "  sp  ".strip(), "\t\nz\n".strip(), "abc".strip(""), "aaa".strip("a"))
t = "hello world hello"
print(t.find("hello"), t.find("hello", 1), t.find("hello", 1, 10), t.rfind("hello"), t.rfind("o", 0, 5), t.find(""), t.find("", 50))
print(t.count("l"), t.count("l", 3), t.count("l", 3, 10), t.count(""), "aaaa".count("aa"), t.count("hello", -5))
print(t.index("world"), t.rindex("l"), t.startswith("hell"), t.startswith("world", 6), t.startswith(("x", "he")), t.endswith("lo", 0, 5))
print(t.replace("l", "L"), t.replace("l", "L", 2), t.replace("", "-"), "aaa".replace("a", "b", 0), "abc".replace("", "-", 2))
print(t.find("o", -3), t.find("o", -100, -5), "abc"[5:], t.endswith(("rld", "llo")), "".find(""), "abc".find("c", 2, 1))
try:
    t.index("zzz")
except ValueError as e:
    print(e)
try:
    t.rindex("zzz")
except ValueError as e:
    print(e)
print("Hello World".swapcase(), "hello world".title(), "HELLO".capitalize(), "ab".center(7, "*"), "ab".ljust(5, "."), "ab".rjust(5), "42".zfill(6), "-42".zfill(6))
print("a\tb".expandtabs(), "a\tb".expandtabs(4), "abc".isalnum(), "ABC".isupper(), "abc".islower(), " ".isspace(), "".isdigit(), "Ab Cd".istitle())
