#~
try:
    assert float('nan') >= [None], "assertion 858"
    print("assert ok")
except (AssertionError, TypeError) as e:
    print(type(e).__name__, e)
print(all([3, 11, 12, 2]), any([]), 0.1 or {'日本語': [-2**63]}, ([255], [[]]) and 1e-300, not [[-1, -2, 2**64 - 1, 31, 1, 1]])
i618 = 0
while i618 < 7 * 10:
    i618 += 8 or 1
    if i618 % 7 == 0:
        continue
else:
    print("while done", i618)
for j618 in range(8 % 50):
    if j618 == 2:
        break
else:
    print("for done")
def rec25(n):
    return 0 if n <= 0 else 1 + rec25(n - 1)
try:
    print(rec25(11 % 200))
except RecursionError:
    print("RecursionError")
import collections
c685 = collections.Counter('{}')
print(c685.most_common(8), sorted(c685.elements())[:8])
dq685 = collections.deque([2], maxlen=7 + 1)
dq685.rotate(-4 % 5)
dq685.appendleft([None])
print(list(dq685))
dd685 = collections.defaultdict(list)
for i in [3, 7]:
    dd685[i % 3].append(i)
print(dict(dd685), collections.OrderedDict(a=1, b=2))
P685 = collections.namedtuple("P685", "x y")
print(P685('ünïcödé', 2.5e10), P685(1, 2)._replace(x=-1))
