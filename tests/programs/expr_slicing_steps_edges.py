# Slicing with negative and huge steps/bounds; slice assignment with steps.
a = list(range(10))
s = "abcdefghij"
t = tuple(a)
for sl in [slice(None, None, -1), slice(None, None, -3), slice(8, 2, -2), slice(-1, -11, -1), slice(100, None, -1),
           slice(-100, 100), slice(None, None, 10**9), slice(5, None, -10**9), slice(2, 2), slice(7, 3), slice(-3, None), slice(3, -3, 2)]:
    print(sl, a[sl], s[sl], t[sl])
b = list(range(10))
b[::2] = "ABCDE"
print(b)
b[1::3] = [0, 0, 0]
print(b)
b[::-1] = range(10)
print(b)
b[2:5] = []
print(b)
b[1:1] = [7, 7]
print(b)
b[-2:] = "xyz"
print(b)
del b[::3]
print(b)
del b[-1:-4:-1]
print(b)
try:
    b[::2] = [1]
except ValueError as e:
    print(e)
try:
    a[::0]
except ValueError as e:
    print(e)
try:
    b[::2] = 5
except TypeError as e:
    print(e)
c = [1, 2, 3]
c[5:] = [9]
c[:0] = [0]
print(c, c[-100:100:1], c[1:-1], "x"[1:], "abc"[::-1][::-1], s[-2::-2])
