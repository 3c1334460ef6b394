# Iterating strings, ord/chr round trips, building strings.
for ch in "hi!":
    print(ch, ord(ch))
print([chr(c) for c in range(65, 71)])
print("".join([chr(ord(c) + 1) for c in "HAL"]))
print(ord("A"), ord("a"), ord("0"), ord(" "), ord("\x00"), ord("€"), ord("😀"))
print(chr(0x41), chr(0x20ac), repr(chr(0)), repr(chr(10)), chr(128512))
word = "mississippi"
counts = {}
for c in word:
    counts[c] = counts.get(c, 0) + 1
print(counts)
caesar = "".join([chr((ord(c) - 97 + 3) % 26 + 97) for c in "xyzabc"])
print(caesar)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
