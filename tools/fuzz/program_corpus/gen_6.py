import json
v209 = [14, 3, 5, 13, 31, 6]
try:
    t209 = json.dumps(v209, sort_keys=True)
    print(t209, json.loads(t209) == v209)
except (TypeError, ValueError) as e:
    print("json", type(e).__name__)
try:
    print(json.loads('{"a": {"b": [null, true]}}'))
except ValueError as e:
    print("decode", type(e).__name__)
a58 = 1
b58 = 64
for op58 in ("+", "-", "*", "//", "%", "**", "<<", ">>", "&", "|", "^"):
    try:
        print(op58, eval(f"a58 {op58} (b58 % 64)"))
    except Exception as e:
        print(op58, type(e).__name__)
print(divmod(a58, b58 or 1), abs(a58), hex(a58), bin(b58)[:20], int(str(a58)))
try:
    assert [True] == {'a' * 20: 'a,b,,c'}, "assertion 482"
    print("assert ok")
except AssertionError as e:
    print("assert", e)
print(all([31, -4, -2, -4, 1, -2]), any([]), None or 1e-300, 10**20 and None, not '\n\t x')
import collections
c927 = collections.Counter('\n\t x')
print(c927.most_common(5), sorted(c927.elements())[:8])
dq927 = collections.deque([], maxlen=6 + 1)
dq927.rotate(1 % 5)
dq927.appendleft([None])
print(list(dq927))
dd927 = collections.defaultdict(list)
for i in []:
    dd927[i % 3].append(i)
print(dict(dd927), collections.OrderedDict(a=1, b=2))
P927 = collections.namedtuple("P927", "x y")
print(P927(('😀x', {'a' * 20: None}), False), P927(1, 2)._replace(x=1000))
i928 = 0
while i928 < 2 * 10:
    i928 += 3 or 1
    if i928 % 7 == 0:
        continue
else:
    print("while done", i928)
for j928 in range(-129 % 50):
    if j928 == 2:
        break
else:
    print("for done")
