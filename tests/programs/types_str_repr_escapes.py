# repr/str of strings with quotes, escapes, unicode and control characters.
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\n", "\r\x00\x07\x1b", "\x7f\x80\x9f",
           "é ü ß", "\u200b zero width", "\U0001F600", "back\\slash", "", " ", "\u00a0nbsp", "\ud7ff" if False else "x"]
for s in samples:
    print(repr(s), len(s), ascii(s))
print(str(["a'b", 'c"d']), repr(("\n",)), {"k\t": "v\\"})
print("%r|%s" % ("q'", "q'"), f"{'x'!r:>6}", "{!r}".format("\u00e9"), repr("\N{LATIN SMALL LETTER SHARP S}"))
print("\x41\102\u0043\U00000044", "a\
b", """tri
ple""", 'single\'quote', "\'", len("\\n"), "\a\b\f\v" == "\x07\x08\x0c\x0b")
