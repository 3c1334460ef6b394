# Fast paths of common str methods and builtins on exact str/list
# arguments, checked against their general paths: upper/lower over every
# ASCII byte (the letters' neighbours '@', '[', '`', '{' must not move),
# the is* predicates on ASCII text, startswith/endswith without a range,
# split with positional sep, len() and int() of exact types beside
# subclasses that override them.

ascii_all = "".join(chr(c) for c in range(128))
up, low = ascii_all.upper(), ascii_all.lower()
print(len(up), len(low), up == ascii_all.upper(), low[64:96], up[96:128])
print([c for c in ascii_all if c.upper() != c.lower()] == list(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"))
print("".upper() == "", "@[`{".upper(), "@[`{".lower(), "MiXeD 123".lower())
print("straße".upper(), "ÀÉ x".lower(), "long " * 20 == ("LONG " * 20).lower())

for s in ["123", "12a", "", " ", "abc", "ABC", "a1", "\t\n", "٣", "x²"]:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(),
          s.isalnum(), s.isspace())

for s, p in [("item42", "item"), ("item", "item42"), ("", ""), ("abc", ""),
             ("héllo", "hé"), ("héllo", "llo")]:
    print(s.startswith(p), s.endswith(p), s.startswith(p, 1),
          s.endswith(p, 0, 3))
try:
    "abc".startswith(1)
except TypeError as e:
    print("TypeError", e)
print("abc".startswith(("x", "a")), "abc".endswith(("x", "y")))

print("a,b,,c".split(","), "a b  c ".split(), "a b".split(None),
      "a,b,c".split(",", 1), "a::b".split("::"))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError", e)
try:
    "abc".split(1)
except TypeError as e:
    print("TypeError", e)


class S(str):
    def __len__(self):
        return 99

    def __int__(self):
        return 7


class L(list):
    def __len__(self):
        return 5


print(len("héllo"), len(""), len([1, 2, 3]), len(S("ab")), len(L([1])),
      len((1, 2)), len({1: 2}))
print(int("42"), int(" -17 "), int("1_000"), int(S("12")), int("ff", 16))
for bad in ["", "1.5", "x"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    len(5)
except TypeError as e:
    print("TypeError", e)
