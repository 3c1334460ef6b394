l731 = [7, -3, 7, 5, 5]
l731[6:1] = [10]
del l731[::5 or 2]
l731.sort(key=lambda v: (v % 3, -v))
l731.extend(l731[:4])
print(l731, l731.count(-9), l731.index(l731[0]) if l731 else -1, l731 * 2 < l731)
l880 = [14, -5, 2**31, 0, 8]
l880[3:6] = [11, 255]
del l880[::0 or 2]
l880.sort(key=lambda v: (v % 3, -v))
l880.extend(l880[:7])
print(l880, l880.count(2**31), l880.index(l880[0]) if l880 else -1, l880 * 2 < l880)
fs235 = [lambda x, i=i: x << i for i in range(6)]
print([g(15) for g in fs235])
adders235 = [(lambda y: lambda z: y + z)(i) for i in [-5, 2**31, -2**63, 7, 0, 9]]
print([a(1) for a in adders235])
