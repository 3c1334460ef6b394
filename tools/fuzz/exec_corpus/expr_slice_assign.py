# Slice assignment and deletion on lists, including extended slices.
a = list(range(8))
a[2:4] = ["x", "y", "z"]
print(a)
a[:2] = []
print(a)
a[len(a):] = [100, 200]
print(a)
a[1:1] = ["ins"]
print(a)
b = list(range(10))
b[::2] = [0] * 5
print(b)
b[1::3] = "abc"
print(b)
del b[::2]
print(b)
c = list(range(10))
del c[2:5]
print(c)
del c[::-3]
print(c)
d = [1, 2, 3]
d[:] = (7, 8)
print(d)
e = [1, 2, 3, 4, 5]
e[-2:] = []
print(e)
f = [1, 2, 3]
f[5:10] = [9]
print(f)
g = [1, 2, 3, 4]
g[3:1] = ["q"]
print(g)
h = [0, 1, 2, 3]
h[::-1] = [10, 11, 12, 13]
print(h)
try:
    h[::2] = [1]
except ValueError as ex:
    print("ValueError:", ex)
