#~
a295 = -129
b295 = 18
for op295 in ("+", "-", "*", "//", "%", "**", "<<", ">>", "&", "|", "^"):
    try:
        print(op295, eval(f"a295 {op295} (b295 % 64)"))
    except Exception as e:
        print(op295, type(e).__name__)
print(divmod(a295, b295 or 1), abs(a295), hex(a295), bin(b295)[:20], int(str(a295)))
#~
class Box803:
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
b803 = Box803([9, -3])
print(len(b803), -1 in b803, list(b803)[::4 or 1], bool(b803))
try:
    print(b803[18])
except IndexError as e:
    print("IndexError", e)
#~
def inner476():
    yield ([9], 65535)
    yield from range(1)
    return "done"
def outer476():
    r = yield from inner476()
    yield r
print(list(outer476()), sum(x for x in range(2) if x % 2))
g476 = outer476()
next(g476)
g476.close()
print(list(g476))
#~
l267 = [3]
l267[8:2] = [13, 10]
del l267[::2 or 2]
l267.sort(key=lambda v: (v % 3, -v))
l267.extend(l267[:3])
print(l267, l267.count(-5), l267.index(l267[0]) if l267 else -1, l267 * 2 < l267)
#~
import re
try:
    p56 = re.compile('(?i)ab')
    print(p56.findall('😀x'), p56.sub("_", '123'), bool(p56.match('%s%d')))
    m56 = p56.search('a' * 20)
    print(m56.span() if m56 else None, p56.split('ünïcödé'))
except re.error as e:
    print("re.error")
