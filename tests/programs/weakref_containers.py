# The weak containers and helpers: WeakValueDictionary, WeakKeyDictionary,
# WeakSet, WeakMethod, proxy, finalize. Entries vanish at the collection
# after their last strong reference goes (gc.collect() here).
import copy
import gc
import weakref


class Item:
    def __init__(self, n):
        self.n = n

    def double(self):
        return 2 * self.n

    def __repr__(self):
        return "Item(%d)" % self.n


# WeakValueDictionary
items = [Item(i) for i in range(5)]
wvd = weakref.WeakValueDictionary({"i%d" % i: it for i, it in enumerate(items)})
print(len(wvd), sorted(wvd), wvd["i2"], wvd.get("zz", "missing"))
del items[1:3]
gc.collect()
print(len(wvd), sorted(wvd.keys()), "i1" in wvd, wvd.get("i1"))
try:
    wvd["i1"]
except KeyError as e:
    print("KeyError", e)
print(sorted((k, v.n) for k, v in wvd.items()))
print(sorted(v.n for v in wvd.values()))
print(len(wvd.valuerefs()), all(r() is not None for r in wvd.itervaluerefs()))
extra = Item(9)
print(wvd.setdefault("x", extra), wvd.pop("x"), wvd.pop("x", "gone"))
c = wvd.copy()
print(type(c).__name__, sorted(c))
wvd2 = wvd | {"y": extra}
print(sorted(wvd2))
# A removal that arrives while iterating waits for the iteration to end.
it = iter(wvd.items())
first = next(it)
del items[0]
del first
gc.collect()
rest = list(it)
gc.collect()
print(len(rest) >= 1, len(wvd))
wvd.clear()
print(len(wvd))

# WeakKeyDictionary
keys = [Item(i) for i in range(4)]
wkd = weakref.WeakKeyDictionary()
for k in keys:
    wkd[k] = k.n * 10
print(len(wkd), wkd[keys[2]], keys[0] in wkd, 5 in wkd)
del keys[0]
gc.collect()
print(len(wkd), sorted(wkd.values()), sorted(k.n for k in wkd.keys()))
del wkd[keys[0]]
print(len(wkd), wkd.get(keys[0], "none"), wkd.pop(keys[1]), len(wkd))
print(len(wkd.keyrefs()), sorted((k.n, v) for k, v in wkd.items()))
wkd2 = copy.copy(wkd)
print(type(wkd2).__name__, len(wkd2))

# WeakSet
members = [Item(i) for i in range(3)]
ws = weakref.WeakSet(members)
print(len(ws), members[0] in ws, Item(7) in ws, 3 in ws)
other = weakref.WeakSet(members[:2])
print(other <= ws, ws <= other, len(ws - other), len(ws & other), len(ws | other))
del members[2]
gc.collect()
print(len(ws), sorted(i.n for i in ws), ws == other)
ws.discard(members[0])
print(len(ws), repr(weakref.WeakSet()))
try:
    weakref.WeakSet().pop()
except KeyError as e:
    print("KeyError", e)

# WeakMethod
obj = Item(21)
wm = weakref.WeakMethod(obj.double, lambda r: print("method died"))
print(wm()(), wm() == obj.double, type(wm).__name__, isinstance(wm, weakref.ref))
print(wm == weakref.WeakMethod(obj.double))
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print(e)
del obj
gc.collect()
print(wm())

# proxy
target = Item(4)
p = weakref.proxy(target)
print(p.n, p.double(), type(p).__name__, p == target)
p.n = 6
print(target.n, str(p))
lp = weakref.proxy(Item)
print(lp(3))
print(type(lp).__name__, callable(lp), callable(p))
try:
    hash(p)
except TypeError as e:
    print(e)
seq = [1, 2, 3]


class Seq(list):
    pass


s = Seq([1, 2, 3])
ps = weakref.proxy(s)
print(len(ps), ps[1], 2 in ps, list(ps), ps + [4])
del target
gc.collect()
try:
    p.n
except ReferenceError as e:
    print("ReferenceError:", e)

# finalize
class Resource:
    pass


res = Resource()
fin = weakref.finalize(res, print, "resource released", 1, sep=": ")
print(fin.alive, fin.atexit, fin.peek()[1:])
del res
gc.collect()
print(fin.alive, fin(), fin.peek())
res2 = Resource()
fin2 = weakref.finalize(res2, lambda: "called early")
print(fin2(), fin2.alive, fin2())
res3 = Resource()
fin3 = weakref.finalize(res3, print, "never")
print(fin3.detach()[1:], fin3.alive)
keep = Resource()
weakref.finalize(keep, print, "finalized at exit, second")
keep2 = Resource()
weakref.finalize(keep2, print, "finalized at exit, first")
keep3 = Resource()
f3 = weakref.finalize(keep3, print, "not at exit")
f3.atexit = False
print("end of script")
