# repr() of strings chooses quotes and escapes like CPython.
tests = ["plain", "it's", 'say "hi"', "both ' and \"", "", "tab\there", "nl\n",
         "back\\slash", "\x00\x01\x1f", "\x7f", "é", "中文", "\U0001F600",
         "\r\n", "'", '"', "''\"", "\x80\x9f\xa0"]
for s in tests:
    print(repr(s))
print(["a'b", 'a"b'], ("x",), {"k'": "v\""})
print(str(["\n"]), repr(repr("x")))
print(repr("\\n"), len(repr("\\n")))
