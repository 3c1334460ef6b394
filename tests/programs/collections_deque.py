from collections import deque

d = deque([1, 2, 3])
print(d, len(d), bool(d), bool(deque()))
d.append(4)
d.appendleft(0)
print(d)
print(d.pop(), d.popleft(), d)
d.extend([5, 6])
d.extendleft([-1, -2])
print(d)
print(d[0], d[-1], d[2])
d[1] = 'x'
print(d)
del d[1]
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.reverse()
print(d)
print(d.index(5), d.count(5), 3 in d, 99 in d)
d.remove(5)
print(d)
d.insert(2, 'ins')
print(d, list(reversed(d)))

m = deque(range(5), maxlen=3)
print(m, m.maxlen)
m.append(10)
print(m)
m.appendleft(-1)
print(m)
m.extend([7, 8])
print(m)
print(deque(maxlen=0), deque('abc', 2))
print(repr(deque()), deque(maxlen=2))

e = deque()
for exc_call in (e.pop, e.popleft):
    try:
        exc_call()
    except IndexError as ex:
        print('IndexError', ex)
try:
    d[100]
except IndexError as ex:
    print('IndexError', ex)
try:
    d.remove('nope')
except ValueError as ex:
    print('ValueError', ex)
try:
    d.index('nope')
except ValueError as ex:
    print('ValueError', ex)
try:
    deque([], -1)
except ValueError as ex:
    print('ValueError', ex)
try:
    full = deque([1, 2], maxlen=2)
    full.insert(0, 9)
except IndexError as ex:
    print('IndexError', ex)
try:
    for x in d:
        d.append(1)
except RuntimeError as ex:
    print('RuntimeError', ex)

print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2],
      deque([1, 2]) < deque([1, 3]))
a = deque([1, 2])
a += [3]
print(a, a + deque([9]), a * 2)
c = a.copy()
c.append(4)
print(a, c)
r = deque([1])
r.append(r)
print(r)
a.clear()
print(a, len(a))
try:
    hash(deque())
except TypeError:
    print('TypeError')

big = deque()
for i in range(200000):
    big.appendleft(i)
total = 0
while big:
    total += big.pop()
print(total)

w = deque(range(10))
out = []
while w:
    out.append(w.pop() if len(w) % 3 else w.popleft())
print(out)
w = deque()
w.appendleft(1)
w.appendleft(2)
print(w.pop(), w.pop(), len(w))
w = deque(range(8))
w.rotate(13)
print(w, w[0], w[-1], w[3])
w.reverse()
w.insert(0, 'a')
w.insert(-1, 'b')
w.insert(100, 'c')
del w[-2]
print(w, w.index(4, 2), w.index(4, -8, -1))
w.extendleft('xy')
w[1] = 'X'
print(w, list(reversed(w)), w.count('X'))
lim = deque([1, 2, 3], 3)
lim.extendleft([9, 8])
print(lim, len(lim))
print(deque(deque([1, 2]), 5), deque(range(3)) * 0, deque([1]) >= deque([1]))
