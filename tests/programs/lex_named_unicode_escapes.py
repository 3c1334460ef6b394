# \N{NAME} escapes (case-insensitive names, aliases, CJK), in plain and f-strings.
print("\N{BULLET} \N{bullet} caf\N{LATIN SMALL LETTER E WITH ACUTE} \N{EM DASH} \N{GREEK SMALL LETTER ALPHA}")
print(ascii("\N{LINE FEED}\N{NBSP}\N{SNOWMAN}\N{GRINNING FACE}\N{CJK UNIFIED IDEOGRAPH-4E00}\N{DEGREE SIGN}\N{EURO SIGN}"))
n = 3
print(f"\N{RIGHTWARDS ARROW} {n} \N{BOX DRAWINGS LIGHT HORIZONTAL}" * 2, r"\N{BULLET}", len("\N{SPACE}"))
print("\N{DIGIT ZERO}\N{LATIN CAPITAL LETTER A}" == "0A", ord("\N{COPYRIGHT SIGN}"), "\N{CHECK MARK}", "\N{BLACK STAR}")
