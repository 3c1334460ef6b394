# unicodedata: properties, numeric values, decompositions, names and
# lookup (aliases, named sequences, algorithmic names), the four
# normalization forms, and the errors.
import unicodedata as ud

print(ud.unidata_version)
chars = "aZ5 \t\n\u00e9\u00bd\u0663\u2167\u00b2\u0301\u05d0\u0627\u4e00\uac00\u3042" \
        "\uff21\u2460\U0001F600\u200d\ud7a3\u00a0\u2028\U00010400\u0000\ue000\U000F0000" \
        "\u0378\u1e9b\u212b\u2126\ufb01\u00c5\u1100\u1161\u11a8"
for ch in chars:
    print("%04X" % ord(ch), ud.category(ch), ud.bidirectional(ch),
          ud.combining(ch), ud.east_asian_width(ch), ud.mirrored(ch),
          ud.decimal(ch, None), ud.digit(ch, None), ud.numeric(ch, None),
          repr(ud.decomposition(ch)), ud.name(ch, "<none>"))

# Whole-range checks against facts that do not need CPython's tables.
print(sum(1 for cp in range(0x110000) if ud.category(chr(cp)) == "Cn"))
print(sum(ud.combining(chr(cp)) for cp in range(0x110000)))
print(sum(1 for cp in range(0x110000) if ud.name(chr(cp), None)))
print(sum(1 for cp in range(0x110000) if ud.decomposition(chr(cp))))
print(sum(ud.numeric(chr(cp), 0) for cp in range(0x110000)))
print(sorted({ud.east_asian_width(chr(cp)) for cp in range(0, 0x110000, 7)}))
print(sorted({ud.bidirectional(chr(cp)) for cp in range(0, 0x110000, 3)}))
# Every name looks up to its character.
bad = [cp for cp in range(0, 0x110000, 5)
       if ud.name(chr(cp), None) and ud.lookup(ud.name(chr(cp))) != chr(cp)]
print(bad)

for name in ["LATIN SMALL LETTER A", "latin small letter a", "SNOWMAN",
             "HANGUL SYLLABLE GAG", "CJK UNIFIED IDEOGRAPH-4E00",
             "CJK UNIFIED IDEOGRAPH-04E00", "CJK COMPATIBILITY IDEOGRAPH-F900",
             "cjk compatibility ideograph-f900", "NUL", "nul",
             "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE",
             "LATIN CAPITAL LETTER GHA", "BYTE ORDER MARK", "hangul syllable gag",
             "CJK UNIFIED IDEOGRAPH-4e00", "CJK UNIFIED IDEOGRAPH-E000",
             "NO SUCH NAME", "x" * 300, ""]:
    try:
        print(repr(name[:40]), repr(ud.lookup(name)))
    except KeyError as e:
        print(repr(name[:40]), "KeyError:", e)

samples = ["caf\u00e9", "cafe\u0301", "\u1e9b\u0323", "\u212b\u2126",
           "\ufb01ne", "\u00bd \u2167 \u2460", "\uac01\u1100\u1161\u11a8",
           "a\u0328\u0301\u0323", "\u0041\u030a\u0327", "\u1100\u1161",
           "\u0f73\u0f75", "\u0344", "x\u0300\u0315\u0301", "\u05d0\u05b8\u05b0",
           "\U0001d15e\U0001d165", "\u2000\u3000\uff41", "", "plain ascii"]
for s in samples:
    out = [ascii(ud.normalize(form, s)) for form in ("NFC", "NFD", "NFKC", "NFKD")]
    flags = [ud.is_normalized(form, s) for form in ("NFC", "NFD", "NFKC", "NFKD")]
    print(ascii(s), out, flags)
s = "already normal"
print(ud.normalize("NFC", s) is s)
every = "".join(chr(cp) for cp in range(0, 0x30000, 3) if not 0xD800 <= cp < 0xE000)
for form in ("NFC", "NFD", "NFKC", "NFKD"):
    r = ud.normalize(form, every)
    print(form, len(r), sum(map(ord, r)) % 1000003)


def check(fn):
    try:
        print("ok", repr(fn()))
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__ + ":", e)


check(lambda: ud.category("ab"))
check(lambda: ud.category(3))
check(lambda: ud.name("\u0378"))
check(lambda: ud.decimal("x"))
check(lambda: ud.digit("x"))
check(lambda: ud.numeric("x"))
check(lambda: ud.decimal("\u00bd", -1))
check(lambda: ud.digit("\u00b2"))
check(lambda: ud.normalize("NFX", "a"))
check(lambda: ud.normalize("NFC", 3))
check(lambda: ud.normalize(3, "a"))
check(lambda: ud.is_normalized("X", ""))
check(lambda: ud.lookup(3))
