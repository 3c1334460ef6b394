# Behaviour that needs the Unicode character database.
for s in ["ß", "١٢٣", "²", "中文", "Ω", "ǅ", "\u00a0", "\u2028"]:
    print(repr(s), repr(s.upper()), repr(s.lower()), s.isdigit(), s.isalpha(), s.isspace())
print("straße".upper(), "ΑΒΓ".lower(), "ǆ".upper())
print(repr("\u200b"), repr("\ud7ff"), repr("\u0378"), repr("\u00ad"), repr("\u3000"))
print(repr("\U000e0001"), repr("\U0010ffff"), repr("\u1f600"[0]))
print(" \u3000x\u2003".strip(), len("\u3000x\u2003".split()))
