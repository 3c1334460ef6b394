from collections.abc import (Iterable, Iterator, Mapping, MutableMapping,
                             Sequence, MutableSequence, Callable, Hashable,
                             Sized, Container, Set, MutableSet, Generator)
from collections import OrderedDict, Counter, deque, defaultdict

print(isinstance([], Iterable), isinstance([], Sequence),
      isinstance([], MutableSequence), isinstance((), MutableSequence))
print(isinstance({}, Mapping), isinstance({}, MutableMapping),
      isinstance(OrderedDict(), Mapping), isinstance(Counter(), Mapping))
print(isinstance(iter([]), Iterator), isinstance([], Iterator),
      isinstance('s', Sequence), isinstance(5, Iterable))
print(isinstance(len, Callable), isinstance(5, Callable),
      isinstance(lambda: 0, Callable))
print(isinstance(5, Hashable), isinstance([], Hashable),
      isinstance({1}, Set), isinstance({1}, MutableSet),
      isinstance((), MutableSet))
print(isinstance([], Sized), isinstance([], Container))


def gen():
    yield 1


print(isinstance(gen(), Generator), isinstance(gen(), Iterator))


class MyIter:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration


print(isinstance(MyIter(), Iterator), issubclass(MyIter, Iterable))


class Bag(Mapping):
    def __init__(self, **kw):
        self._d = kw

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


b = Bag(x=1, y=2)
print(b['x'], b.get('z', 0), 'y' in b, list(b.keys()), list(b.items()),
      list(b.values()), b == {'x': 1, 'y': 2})
print(isinstance(b, Mapping), isinstance(b, MutableMapping))


class Broken(Sequence):
    pass


try:
    Broken()
except TypeError as ex:
    print('TypeError', ex)


class Seq(Sequence):
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10

    def __len__(self):
        return 3


s = Seq()
print(list(s), 20 in s, s.index(20), s.count(10), list(reversed(s)))
