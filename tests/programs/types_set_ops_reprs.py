# set operations and reprs of int sets (int sets iterate in a seed-independent order).
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b, a <= b, {3} < b, a >= {1}, a.isdisjoint({9}), a.issubset(range(10)))
print(set(), {0}, set([3, 1, 2]), set(range(5)), {-1, -2}, {True, 1, 1.0}, frozenset if False else 0, len({1, 1, 1}))
a.add(10); a.discard(99); a.remove(1)
print(a, a.union([7], (8,)), a.intersection({2, 3}, [3]), a.difference([2]), a.symmetric_difference([2, 99]), a.copy() == a)
c = {5, 6}
c |= {7}; c &= {5, 7, 9}; c -= {9}; c ^= {1}
print(c, sorted(c), min(c), 5 in c, 6 not in c)
try:
    set().pop()
except KeyError as e:
    print(repr(e), e)
try:
    {1}.remove(2)
except KeyError as e:
    print(repr(e))
try:
    {[1]}
except TypeError as e:
    print(e)
try:
    {1} + {2}
except TypeError as e:
    print(e)
s = {x * x for x in range(-3, 4)}
print(s, {(1, 2), (1, 2)}, set("aaa"), {None}, set({1: 2}), list({3, 100, 33, 64}))
e = set([1, 2])
e.update([3], {4})
e.clear()
print(e, bool(e), {1, 2} == {2, 1}, {1, 2} != {1}, repr(set()))
