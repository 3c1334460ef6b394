# sort and sorted with key= and reverse=.
nums = [5, 2, 9, -1, 0, 2, 7]
nums.sort(); print(nums)
nums.sort(reverse=True); print(nums)
print(sorted([3.5, 1, 2.25, -7]), sorted("banana"), sorted((3, 1, 2)))
words = ["pear", "Fig", "apple", "kiwi", "banana", "date"]
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted({"b": 2, "a": 1, "c": 0}), sorted({"b": 2, "a": 1}.items()))
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
pairs.sort(); print(pairs)
pairs.sort(key=lambda p: p[1]); print(pairs)
print(sorted([[2, 1], [1, 2], [1, 1, 1], []]))
print(sorted([]), sorted([1]), sorted([True, False, 0, 1]))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
