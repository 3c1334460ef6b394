# The usual escapes in ordinary strings; output shown via repr and len.
s = "a\tb\nc\\d\'e\"f"
print(s)
print(repr(s), len(s))
print(len("\x41\x42"), "\x41\x42")
print("\u00e9\u4e2d", len("\u00e9\u4e2d"))
print("\U0001F600" == "\U0001f600", len("\U0001F600"))
print(repr("\0"), len("\0"))
print(repr("nul\0byte"))
print("back\\slash")
print('single " inside', "double ' inside")
print("bell\a".endswith("\a"), repr("\a\b\f\v\r"))
print("line1\
line2")
print(repr("\x7f"), repr("\x80"), repr("\xff"))
print(ord("\n"), ord("\t"), ord("\\"))
