# input() decodes UTF-8 and keeps code points.
s = input()
print(s, len(s), s.upper())
print([ord(c) for c in s[:3]])
words = input().split(",")
print(sorted(words))
