# String comparison is by code point; + and * build new strings.
print("a" < "b", "a" < "B", "abc" < "abd", "ab" < "abc", "" < "a")
print("Z" < "a", "é" > "z", "10" < "9", "apple" == "apple")
print(sorted(["banana", "Apple", "cherry", "apple", "Banana"]))
print("ab" * 3, 3 * "ab", "x" * 0, "x" * -2, repr("" * 10))
print("con" + "cat", "a" + "" + "b")
s = "x"
for _ in range(3):
    s = s + s
print(s, len(s))
print(max("hello"), min("hello"), max(["b", "ab", "c"]))
print("abc" != "abc ", "A" * 2 == "AA")
