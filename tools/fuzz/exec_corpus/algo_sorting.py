# Hand-written sorts agree with sorted().
def quicksort(xs):
    if len(xs) <= 1:
        return xs
    pivot = xs[len(xs) // 2]
    return quicksort([x for x in xs if x < pivot]) + [x for x in xs if x == pivot] + quicksort([x for x in xs if x > pivot])
def merge_sort(xs):
    if len(xs) < 2:
        return xs[:]
    mid = len(xs) // 2
    a, b = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out = []
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i]); i += 1
        else:
            out.append(b[j]); j += 1
    return out + a[i:] + b[j:]
def insertion(xs):
    xs = list(xs)
    for i in range(1, len(xs)):
        k = xs[i]
        j = i - 1
        while j >= 0 and xs[j] > k:
            xs[j + 1] = xs[j]
            j -= 1
        xs[j + 1] = k
    return xs
seed = 12345
data = []
for _ in range(60):
    seed = (seed * 1103515245 + 12345) % 2147483648
    data.append(seed % 1000)
print(data[:10])
s = sorted(data)
print(quicksort(data) == s, merge_sort(data) == s, insertion(data) == s)
print(s[:8], s[-4:])
words = "the quick brown fox jumps over the lazy dog".split()
print(merge_sort(words), quicksort(words) == sorted(words))
