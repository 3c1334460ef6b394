import itertools
from itertools import (count, cycle, repeat, accumulate, chain, compress,
                       dropwhile, filterfalse, groupby, islice, pairwise,
                       starmap, takewhile, tee, zip_longest)
import operator

c = count(5)
print(next(c), next(c), c)
print(count(), count(2, 3), count(1.5, 0.5), count(0, 1.0))
print(list(islice(count(10, -2), 4)), list(zip('ab', count())))
r = repeat('x', 3)
print(r, list(r), r)
print(repeat(1), list(repeat(7, 0)), list(repeat(7, -2)))
print(list(map(pow, range(4), repeat(2))))
print(list(islice(cycle('ab'), 5)), list(cycle([])))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], operator.mul)),
      list(accumulate([1, 2], initial=100)), list(accumulate([])),
      list(accumulate([], initial=0)))
print(list(accumulate([3, 1, 4, 1, 5], max)))
print(list(chain('ab', [1, 2], ())), list(chain.from_iterable(['xy', 'z'])))
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a'])))
print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')])
print([(k, len(list(g))) for k, g in groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
groups = list(groupby('aabbc'))
print([(k, list(g)) for k, g in groups])
it = groupby('xxyy')
k1, g1 = next(it)
print(k1, next(g1))
k2, g2 = next(it)
print(k2, list(g1), list(g2))
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)),
      list(islice('ABCDEFG', 2, None)), list(islice('ABCDEFG', 0, None, 2)),
      list(islice('ABCDEFG', None)), list(islice('ABCDEFG', 1, 6, 3)))
src = iter(range(10))
print(list(islice(src, 3)), next(src))
print(list(pairwise('ABCD')), list(pairwise('A')))
print(list(starmap(pow, [(2, 5), (3, 2)])))
a, b = tee(range(4))
print(next(a), next(a), list(b), list(a))
t3 = tee('xyz', 3)
print(len(t3), [list(t) for t in t3], tee([], 0))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest()),
      list(zip_longest([1], [2, 3], [])))
for bad in [lambda: islice('a', -1), lambda: islice('a', 1, -1),
            lambda: islice('a', 0, 1, 0), lambda: islice('a', 'x')]:
    try:
        bad()
    except ValueError as ex:
        print('ValueError', ex)
for bad in [lambda: zip_longest(1), lambda: cycle(5), lambda: count('a'),
            lambda: chain(x=1), lambda: pairwise(3)]:
    try:
        bad()
    except TypeError as ex:
        print('TypeError', ex)
print(type(chain()).__name__, type(count()).__name__, type(islice('', 1)).__name__)
print(sorted(name for name in dir(itertools) if not name.startswith('_')))
