# __length_hint__ of the builtin iterators (operator.length_hint), and
# list() reading a user class's hint only as a hint.
import operator


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)


it = iter([1, 2, 3])
next(it)
print(operator.length_hint(it), it.__length_hint__())
list(it)
print(it.__length_hint__())
r = iter(range(10))
next(r)
print(operator.length_hint(r), operator.length_hint(iter(range(5, 0, -2))))
print(operator.length_hint(iter((1, 2))), operator.length_hint(iter('héllo')))
d = {1: 2, 3: 4, 5: 6}
di = iter(d)
next(di)
print(operator.length_hint(di), operator.length_hint(iter(d.values())),
      operator.length_hint(iter(d.items())))
d[7] = 8
print(operator.length_hint(di))
s = {1, 2, 3}
si = iter(s)
next(si)
print(operator.length_hint(si))
rv = reversed([1, 2, 3])
next(rv)
print(operator.length_hint(rv), operator.length_hint(reversed((1, 2))),
      operator.length_hint(reversed(range(4))), operator.length_hint(reversed('ab')))
print(operator.length_hint(iter(b'abc')), operator.length_hint(iter(bytearray(b'ab'))))
print(operator.length_hint(map(str, [1])), operator.length_hint(map(str, [1]), 7))
print(operator.length_hint([1, 2]), operator.length_hint(x for x in []))
print(next(iter(b'ab').__iter__()), iter(bytearray(b'z')).__next__())
print([hasattr(x, '__length_hint__') for x in
       (iter([]), iter(()), iter(range(1)), iter({}), iter(set()), map(str, []),
        zip(), enumerate([]), filter(None, []), reversed([]))])


class Hinted:
    def __iter__(self):
        return iter([1, 2])

    def __length_hint__(self):
        print('hint asked')
        return 100


print(list(Hinted()))


class Negative:
    def __iter__(self):
        return iter([1])

    def __length_hint__(self):
        return -1


attempt(lambda: list(Negative()))
attempt(lambda: operator.length_hint(Negative()))


class Wrong:
    def __iter__(self):
        return iter([1])

    def __length_hint__(self):
        return 'x'


attempt(lambda: list(Wrong()))
attempt(lambda: operator.length_hint(Wrong()))


class NoHint:
    def __iter__(self):
        return iter([3])

    def __length_hint__(self):
        return NotImplemented


print(list(NoHint()), operator.length_hint(NoHint(), 4))


class Sized:
    def __iter__(self):
        return iter('ab')

    def __len__(self):
        print('len asked')
        return 2


print(list(Sized()), operator.length_hint(Sized()))


class BadLen:
    def __iter__(self):
        return iter('c')

    def __len__(self):
        raise ValueError('no len')


attempt(lambda: list(BadLen()))
x = [0]
x.extend(Hinted())
print(x)
