#~
class Box230:
    def __init__(self, items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        return iter(self.items)
    def __bool__(self):
        return bool(self.items)
b230 = Box230([14, 1])
print(len(b230), -9 in b230, list(b230)[::4 or 1], bool(b230))
try:
    print(b230[19])
except IndexError as e:
    print("IndexError", e)
#~
def gen164(n):
    total = 0
    for i in range(n):
        got = yield i << 7
        if got is not None:
            total += got
    return total
g164 = gen164(4)
out164 = []
try:
    out164.append(next(g164))
    while True:
        out164.append(g164.send(18))
except StopIteration as stop:
    out164.append(("ret", stop.value))
except Exception as e:
    out164.append(type(e).__name__)
print(out164)
#~
import json
v684 = [7]
try:
    t684 = json.dumps(v684, sort_keys=True)
    print(t684, json.loads(t684) == v684)
except (TypeError, ValueError) as e:
    print("json", type(e).__name__)
try:
    print(json.loads('-0'))
except ValueError as e:
    print("decode", type(e).__name__)
#~
class C517:
    k = 5
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"C517({self.v!r})"
    def __eq__(self, o):
        return isinstance(o, C517) and self.v == o.v
    def __hash__(self):
        return hash(self.v)
    def __add__(self, o):
        return C517(self.v >> (o.v if isinstance(o, C517) else o))
    def __lt__(self, o):
        return self.v < o.v
class D517(C517):
    @property
    def double(self):
        return self.v * 2
    def __repr__(self):
        return "D" + super().__repr__()
xs517 = [D517(i) for i in [12, -2, 10, 31, -2**63]]
print(sorted(xs517), {C517(7), C517(2**63)}, xs517[0].double if xs517 else None)
print(C517(-4) + 18, C517.k, D517.__mro__[1].__name__)
