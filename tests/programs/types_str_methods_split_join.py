# split (with and without separator, maxsplit) and join.
print("a b  c".split(), "  lead and trail  ".split())
print("a,b,,c".split(","), ",".split(","), "".split(","), "".split())
print("a--b--c".split("--"), "abc".split("x"))
print("1 2 3 4".split(" ", 2), "a,b,c,d".split(",", 1), "a b c".split(None, 1))
print("line1\nline2\r\nline3\tx".split())
print("-".join(["a", "b", "c"]), "".join(["x", "y"]), ", ".join([]))
print(" ".join("abc"), "+".join(("1", "2")), "|".join({"k": 1, "j": 2}))
print("".join([str(i) for i in range(5)]))
parts = "key=value=more".split("=", 1)
print(parts, len(parts))
try:
    "-".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
