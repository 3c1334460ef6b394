# Printed order of int sets: constant displays, set(), operators, updates.
print({10, 20, 30}, {5, 15, 25, 35}, {100, 200, 300}, {1, 9, 17}, {2, 4, 8, 16, 32, 64}, {7, 3, 11})
x = 10
print({x, 20, 30}, set([10, 20, 30]), {-1, -5, 3}, {0, 8, 16, 24, 32}, {12, 44, 76}, {2, 3, 4, 10})
a = {2, 3, 4, 10}
b = {2, 99}
print(a ^ b, b ^ a, a.symmetric_difference(b), a.symmetric_difference([2, 99]), a | b, b | a, a & b, a - b)
c = set(a)
c ^= b
print(c)
c = set(a)
c.symmetric_difference_update([2, 99, 50])
print(c)
d = set(a)
d.discard(2)
d.add(99)
d.add(18)
print(d, sorted(d))
e = {i * 8 for i in range(6)}
e.remove(16)
e.add(40)
e.add(41)
print(e, {n % 7 for n in range(30)}, set(range(20, 0, -3)))
