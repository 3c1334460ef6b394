# collections.deque (native): semantics CPython's C deque has that the
# earlier Python version did not exercise.
import copy
from collections import deque
from collections.abc import MutableSequence, Sequence

d = deque(range(10))
d.rotate(-3)
print(d)
d.rotate(13)
print(d, d.index(5), d.index(5, 2), d.index(5, -8, -1))
for bad in [(5, 9), (99,)]:
    try:
        d.index(*bad)
    except ValueError as e:
        print('ValueError', e)

# Growth and wrap-around of the ring buffer from both ends.
r = deque()
for i in range(100):
    r.appendleft(-i)
    r.append(i)
print(len(r), r[0], r[-1], r[100], sum(r), list(r)[95:105])
while len(r) > 3:
    r.popleft()
    r.pop()
print(r, r.count(0))

# Slicing is not supported; indexes must be ints.
for key in ['a', slice(0, 1), 2.0]:
    try:
        r[key]
    except TypeError as e:
        print('TypeError', type(key).__name__)

# maxlen: trimming from the opposite end, extend and extendleft order.
m = deque(maxlen=4)
m.extend('abcdef')
print(m, m.maxlen)
m.extendleft('xy')
print(m)
m.append('z')
m.appendleft('w')
print(m)
m *= 3
print(m)
print(deque('ab', maxlen=3) * 5)
try:
    m.maxlen = 9
except AttributeError:
    print('maxlen is read-only')

# Mutation during iteration, reversed() and length hints.
it = iter(deque([1, 2, 3]))
print(next(it), it.__length_hint__())
q = deque([1, 2, 3])
it = iter(q)
next(it)
q.append(4)
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError', e)
try:
    list(it)  # the iterator keeps failing: the deque still differs
except RuntimeError as e:
    print('again', e)
rv = reversed(deque('abc'))
print(list(rv), type(rv).__name__, type(iter(q)).__name__)


class Evil:
    def __eq__(self, other):
        q.clear()
        return False


q = deque([1, Evil(), 3])
try:
    q.count(3)
except RuntimeError as e:
    print('RuntimeError', e)
q = deque([Evil(), 1])
try:
    q.remove(1)
except IndexError as e:
    print('IndexError', e)


# Subclasses: attributes, __init__, copies through the constructor.
class Window(deque):
    def __init__(self, items, size):
        super().__init__(items, size)
        self.size = size

    def total(self):
        return sum(self)


w = Window(range(10), 3)
print(w, w.size, w.total(), isinstance(w, deque), type(w).__name__)
c = copy.copy(w)
print(type(c).__name__, c, c.size)
print(w == deque([7, 8, 9]), w != [7, 8, 9], deque([1, 2]) < deque([1, 2, 0]))


class Plain(deque):
    pass


p = Plain('xyz')
p.extra = 1
print(p, p.extra, p + deque('!'), type(p + deque('!')).__name__)

# Recursive repr, hashing, the ABCs, copy and insert at full.
s = deque()
s.append(s)
print(s, repr(deque([s])))
try:
    hash(deque())
except TypeError as e:
    # CPython names the type 'collections.deque' (its C tp_name) here.
    print('TypeError', 'unhashable' in str(e))
print(isinstance(deque(), MutableSequence), isinstance(deque(), Sequence),
      issubclass(deque, MutableSequence))
full = deque([1, 2], 2)
try:
    full.insert(0, 0)
except IndexError as e:
    print('IndexError', e)
e = deque([1, 2, 3, 4, 5])
e.insert(-2, 'i')
e.insert(100, 'end')
e.insert(-100, 'start')
del e[1]
del e[-2]
e[0] = 'S'
print(e, e.copy(), deque.__module__, deque.__name__)
e.reverse()
print(e, 'i' in e, 7 in e, bool(deque()), len(deque('ab')))
e.clear()
print(e, deque([]) == deque(), deque() == [])
try:
    deque(maxlen=-1)
except ValueError as e2:
    print('ValueError', e2)
try:
    deque([], 'x')
except TypeError:
    print('TypeError maxlen')
big = deque(range(100000))
for _ in range(99990):
    big.popleft()
print(big, len(big))
