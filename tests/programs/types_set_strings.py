# Sets of strings: only membership, len and sorted output are deterministic.
words = "the cat and the hat and the bat".split()
uniq = set(words)
print(len(uniq), sorted(uniq))
print("cat" in uniq, "dog" in uniq)
vowels = set("aeiou")
print(sorted(vowels & set("education")), sorted(set("hello") - vowels))
print(sorted({"b", "a"} | {"c"}), len({"x"} & {"y"}))
counts = {}
for w in sorted(uniq):
    counts[w] = words.count(w)
print(counts)
