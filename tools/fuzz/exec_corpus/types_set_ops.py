# Set operators on small non-negative ints (deterministic iteration order).
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b))
print(a.union([7, 8]), a.intersection(range(3)), a.difference((1,)))
print(3 in a, 9 in a, 9 not in a, len(a), len(set()))
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2} == {2, 1}, {1} > set())
print(set(), set([3, 1, 2, 3, 1]), set(range(5)), set("aaa"))
c = {0, 7, 5, 3}
print(c, sorted(c), sorted({10, 30, 20}))
print(set([1, 1.0, True]), {0, False, 0.0})
e = set(a)
e |= {7}
e &= {1, 7, 2}
e -= {2}
print(e, a)
print(sorted({5, 3, 9} | {1}))
