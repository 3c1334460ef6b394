# str predicates, translate/maketrans, format_map, padding and %-format odds.
print("12".isdecimal(), "½".isnumeric(), "²".isdigit(), "abc\n".isprintable(), "abc".isascii(), "é".isascii())
print("hello".translate(str.maketrans("el", "ip")), "abc".translate({97: "X", 98: None}), str.maketrans({"a": "1"}))
print("{a}-{b}".format_map({"a": 1, "b": 2}), "a" * -1, "ab".ljust(5, "*"), "ab".rjust(1), "x".center(4), "x".center(5, "."))
print("a,b,c".count(","), "aaaa".count("a", 1, 3), "abc".index("c", 1, 3), "Hello".startswith(("h", "H")), "abc".endswith("bc", 1))
print("  a b  ".split(" "), "a\tb\nc".split(), "a  b".split(" ", 1), "1,2,3".split(",", maxsplit=-1))
print("%s and %s" % ("x", "y"), "%(a)s%(a)s" % {"a": "z"}, "%.2s" % "hello", "%5.1s|" % "abc", "%-5s|" % "ab", "%c" % 9731)
print("Hello World".lower().title().swapcase(), "o" in "foo", "foo".rfind("o"), "foo".rindex("f"), "x".join("abc"))
print(sorted(["b10", "a2", "b9"]), sorted(["b10", "a2", "b9"], key=lambda s: (s[0], int(s[1:]))), "z" > "a", "Z" < "a")
print(str(123).zfill(5), "-12".zfill(5), "+12".zfill(2), "abc".zfill(5), "3.5".zfill(6))
for a in [("ab",), ("ab", "c"), ({1.5: 2},), ({"ab": 1},)]:
    try:
        str.maketrans(*a)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for table in [5, {120: 5.5}]:
    try:
        "x".translate(table)
    except TypeError as e:
        print(type(e).__name__, e)
print("abc".translate({97: 98, 98: "zz"}), str.maketrans("ab", "cd", "e"), "".maketrans("x", "y"), "tea".translate(str.maketrans("", "", "e")))
