# list methods with edge arguments and their errors.
a = [3, 1, 4, 1, 5]
print(a.index(1), a.index(1, 2), a.index(5, -1), a.count(1), a.count(9))
try:
    a.index(9)
except ValueError as e:
    print(e)
try:
    a.index(1, 4)
except ValueError as e:
    print(e)
b = a.copy()
b.insert(100, "end"); b.insert(-100, "start"); b.insert(2, "two")
print(b, b.pop(), b.pop(0), b.pop(-2), b)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    [1].pop(5)
except IndexError as e:
    print(e)
b.remove(1)
print(b)
try:
    b.remove("zzz")
except ValueError as e:
    print(e)
c = [1, 2]
c.extend(range(3)); c.extend("ab"); c.extend((9,)); c += [0]; c *= 2
print(c, len(c))
c.clear(); c.reverse()
print(c, [1, 2] * 0, [0] * 3, 2 * [None], [[]] * 2, [1, 2] + [3])
try:
    [1] + (2,)
except TypeError as e:
    print(e)
try:
    [1, 2][5]
except IndexError as e:
    print(e)
try:
    k = "a"
    [1, 2][k]
except TypeError as e:
    print(e)
try:
    k = 1.0
    [1, 2][k]
except TypeError as e:
    print(e)
x = [5, 3]
x[-1] = 7
del x[0]
print(x, [1, 2, 3] < [1, 3], [1, 2] == [1, 2.0], [] < [0], [2] > [1, 9], list("abc"), list((1,)), list({1: 2}))
try:
    x.sort(key=1)
except TypeError as e:
    print(e)
print(sorted([3, 1, 2], key=None), [1] * -1)
