# Word frequencies, palindromes, run-length encoding.
text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness"""
words = [w.strip(",").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
print(top[:5])
def is_pal(s):
    t = [c.lower() for c in s if c.isalpha()]
    return t == t[::-1]
print([is_pal(s) for s in ["Racecar", "A man, a plan, a canal: Panama", "hello", ""]])
def rle(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(s[i] + str(j - i))
        i = j
    return "".join(out)
print(rle("aaabccddddde"), rle(""), rle("x"))
def caesar(s, k):
    res = ""
    for c in s:
        if c.isalpha():
            base = ord("a") if c == c.lower() else ord("A")
            res += chr((ord(c) - base + k) % 26 + base)
        else:
            res += c
    return res
enc = caesar("Hello, World!", 3)
print(enc, caesar(enc, -3))
print(" ".join([w[::-1] for w in "reverse each word".split()]))
