# Every list method named in the spec.
a = [3, 1, 2]
a.append(4); print(a)
print(a.pop(), a.pop(0), a)
a.insert(0, "first"); a.insert(100, "last"); a.insert(-1, "before-last"); print(a)
a.extend([7, 8]); a.extend("xy"); a.extend(()); print(a)
print(a.index(7), a.index("x"), a.count(7), a.count("nope"))
a.remove(7); print(a)
a.reverse(); print(a)
b = a.copy(); b.append("only b"); print(len(a), len(b))
b.clear(); print(b, a[0])
c = [1, 2, 1, 2, 1]
print(c.count(1), c.index(2), c.index(1, 1), c.index(1, 3))
c.remove(1); print(c)
print([].copy(), [5].pop(), [1, 2].pop(-2))
n = [1, 2, 3]
print(n.append(4), n.extend([5]), n.insert(0, 0), n.reverse(), n.sort(), n.clear(), n)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].remove(2)
except ValueError as e:
    print("ValueError:", e)
try:
    [1].index(2)
except ValueError as e:
    print("ValueError:", e)
