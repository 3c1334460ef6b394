# strip/lstrip/rstrip with default whitespace and explicit characters.
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xxhixx".lstrip("x"), "xxhixx".rstrip("x"))
print("abcHELLOcba".strip("abc"), "www.example.com".strip("cmowz."))
print(repr("".strip()), repr("   ".strip()), repr("a".strip("a")))
print("\u3000wide\u3000".strip() == "wide", "\x0bv\x0c".strip())
print("--a-b--".strip("-"), "12321".strip("1"), "hello".strip(""))
