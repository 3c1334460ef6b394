from itertools import (product, permutations, combinations,
                       combinations_with_replacement)

print(list(product('ab', range(2))))
print(list(product([0, 1], repeat=3)))
print(list(product()), list(product('ab', [])), len(list(product(range(3), repeat=4))))
print(list(permutations('ABC', 2)))
print(list(permutations(range(3))))
print(list(permutations('AB', 3)), list(permutations([], 0)))
print(list(combinations('ABCD', 2)))
print(list(combinations(range(4), 3)), list(combinations('AB', 3)),
      list(combinations('AB', 0)))
print(list(combinations_with_replacement('ABC', 2)))
print(list(combinations_with_replacement([], 2)),
      list(combinations_with_replacement([], 0)))
print(sum(1 for _ in permutations(range(6))))
print(sum(1 for _ in combinations(range(12), 5)))
for bad in [lambda: product('a', repeat=-1), lambda: combinations('a', -1),
            lambda: permutations('a', -2)]:
    try:
        bad()
    except ValueError as ex:
        print('ValueError', ex)
try:
    combinations('abc')
except TypeError as ex:
    print('TypeError', ex)
