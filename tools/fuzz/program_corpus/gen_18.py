import itertools
print(list(itertools.islice(itertools.count(2), 2)))
print(list(itertools.permutations([3, 11][:3], 2))[:5], list(itertools.accumulate([255, -129, 11])))
print([(k, list(g)) for k, g in itertools.groupby(sorted([]))])
print(list(itertools.chain([-4, 0, 1], "ab")), list(itertools.product("ab", repeat=2)))
print(list(itertools.zip_longest([3], "xyz", fillvalue=0))[:4])
a728, *b728, c728 = [-2, -129, 6, 256] + [1, 2]
(x728, y728), z728 = ((2, [1.5]), [65535]), [8, 13, -2]
print(a728, b728, c728, x728, y728, z728)
print(*[-129], sep=",", end="|\n")
print(f"{a728!r:>10}|{c728:#x}|{b728!s:.3}")
