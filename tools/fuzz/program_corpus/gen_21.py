#~
a625 = -9
b625 = 256
for op625 in ("+", "-", "*", "//", "%", "**", "<<", ">>", "&", "|", "^"):
    try:
        print(op625, eval(f"a625 {op625} (b625 % 64)"))
    except Exception as e:
        print(op625, type(e).__name__)
print(divmod(a625, b625 or 1), abs(a625), hex(a625), bin(b625)[:20], int(str(a625)))
#~
import collections
c419 = collections.Counter('aAbB cC')
print(c419.most_common(3), sorted(c419.elements())[:4])
dq419 = collections.deque([2, -4, -2, 3], maxlen=0 + 1)
dq419.rotate(10**20 % 5)
dq419.appendleft([7, 100, 7, 8, 4])
print(list(dq419))
dd419 = collections.defaultdict(list)
for i in []:
    dd419[i % 3].append(i)
print(dict(dd419), collections.OrderedDict(a=1, b=2))
P419 = collections.namedtuple("P419", "x y")
print(P419(({'ünïcödé': True}, None), []), P419(1, 2)._replace(x=5))
