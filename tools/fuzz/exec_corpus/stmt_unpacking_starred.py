# Starred assignment targets collect the remaining items into a list.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = (1, 2, 3)
print(init, last)
h, *mid, t = range(5)
print(h, mid, t)
a, *b = [9]
print(a, b)
for a, *b in [(1, 2, 3), (4,)]:
    print(a, b)
[x, *ys] = "hello"
print(x, ys)
