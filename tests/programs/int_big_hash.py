# hash() of ints of any size equals CPython's (reduction modulo 2**61 - 1),
# so sets and dicts of big ints iterate in CPython's order.
M = 2**61 - 1
for v in [0, 1, -1, -2, M - 1, M, M + 1, -M, 2**61, 2**62, 2**63 - 1,
          -(2**63), 2**63, 2**64, -(2**64), 2**100, -(2**100), 10**30,
          3**200, -(3**200), M * 5, M * 5 - 1, -(M * 5) + 1, 2**122 - 1]:
    print(v % 1000, hash(v))
s = set()
for i in range(40):
    s.add(2**64 + i * 2**61 + i)
    s.add(-(3**45) * (i + 1))
print(s)
t = {10**20 + 10**19 * i for i in range(25)}
print(t)
print({2**65 - i: i for i in range(12)})
u = {2**61 - 1, 2**61, 2**61 + 1, 0, 1, 2, -(2**61), 2**122, 2**183}
print(u)
print(sorted(u) == sorted(list(u)), len(u))
print(hash((2**70, -(2**70))), hash(frozenset([1])) if False else hash((1, 2**64)))
d = {}
for i in range(30):
    d[7**(i + 20)] = i
print(list(d)[:5], [k % 97 for k in d])


class K:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v

    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v


print(hash(K(2**100)) == hash(2**100), hash(K(-1)), hash(K(2**64)))
print({K(2**64): 1, K(2**64): 2}.__len__() if False else len({K(2**64): 1, K(2**64): 2}))
