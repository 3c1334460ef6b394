# s += t builds into a shared append buffer; every earlier value must stay
# intact, and strings sharing a buffer behave like any other string.
def grow(n, piece):
    s = ""
    snapshots = []
    for i in range(n):
        s += piece
        if i % 97 == 0:
            snapshots.append(s)
    return s, snapshots


s, snaps = grow(3000, "ab")
print(len(s), s[:6], s[-6:], [len(x) for x in snaps[:5]])
print(all(x == "ab" * (len(x) // 2) for x in snaps))

# Two extensions of the same prefix: the second must not see the first.
base = "x" * 100
base += "y"
a = base + "A"
b = base + "B"
c = a + "C"
print(a[-3:], b[-3:], c[-4:], base[-2:], len(base), len(a), len(b), len(c))
print(a.endswith("yA"), b.endswith("yB"), base.endswith("y"))

# Self-concatenation and concatenation with a string from the same buffer.
t = "q" * 70
t += "r"
t += t
print(len(t), t.count("r"), t[70], t[141])
u = t + t[:5]
print(len(u), u[-5:])

# Strings from a buffer as dict keys, hashed and compared with literals.
k = "key" * 30
k += "!"
d = {k: 1}
print(d["key" * 30 + "!"], k == "key" * 30 + "!", hash(k) == hash("key" * 30 + "!"))

# Non-ASCII appends keep code-point lengths and indexing right.
w = ""
for i in range(500):
    w += "é" if i % 3 == 0 else "a"
    if i % 50 == 0:
        w += "€"
print(len(w), w[0], w[1], w[3], w[-1], w.count("€"), w.index("€", 10))

# Garbage in between: collections run while buffer strings are alive.
keep = []
g = "start"
for i in range(20000):
    g += str(i % 10)
    junk = [str(j) for j in range(5)]
    if i % 5000 == 0:
        keep.append(g)
print(len(g), [len(x) for x in keep], keep[1][:8], g[-10:])

# Attribute and global accumulators.
class Acc:
    def __init__(self):
        self.v = ""

acc = Acc()
total = ""
def add(x):
    global total
    total += x
for i in range(2000):
    acc.v += "z"
    add("w")
print(len(acc.v), len(total), acc.v[:3], total[-3:])

# Long non-ASCII strings: indexing, slicing and searching around the
# internal index's boundaries.
s = "é" + "a" * 300 + "ü" + "b" * 300 + "needle" + "ç" * 70
n = len(s)
print(n, s[0], s[1], s[300], s[301], s[302], s[602], s[603:609], s[-1])
print([s[i] for i in (63, 64, 65, 127, 128, 129, 191, 192, 601, 607, 608)])
print(s[120:140], s[290:310].count("a"), s[600:620], len(s[5:-5]))
print(s[::97], s[n - 1:0:-150], s[::-1][:3])
print(s.find("b"), s.find("b", 400), s.find("needle", 1), s.find("ç", 650))
print(s.rfind("b"), s.rfind("a", 0, 200), s.index("ü", 2), s.rindex("ç"))
print(s.find("needle", 700), s.count("ç", 610), s.startswith("needle", 602))
print(s.find("ü", -400), s.find("é"), s.find("", 650), s.find("", n + 1))
