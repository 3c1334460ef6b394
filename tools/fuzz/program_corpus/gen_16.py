m887 = [[i * j for j in range(2)] for i in range(3)]
t887 = [list(r) for r in zip(*m887)]
print(m887 == [list(c) for c in zip(*t887)], [sum(r) for r in t887])
print(max(m887, key=len, default=None), min([16, 1000]))
def rec899(n):
    return 0 if n <= 0 else 1 + rec899(n - 1)
try:
    print(rec899(7 % 200))
except RecursionError:
    print("RecursionError")
data957 = []
print([x // y for x in data957 for y in data957[:3] if x in y])
print({x: x * x for x in data957 if x})
print({x % 5 for x in data957}, sorted(set(data957) ^ {1, 2, 1000}))
print(list(zip(data957, reversed(data957))), dict(enumerate(data957)))
m614 = [[i * j for j in range(3)] for i in range(5)]
t614 = [list(r) for r in zip(*m614)]
print(m614 == [list(c) for c in zip(*t614)], [sum(r) for r in t614])
print(max(m614, key=len, default=None), min([5, 65535]))
