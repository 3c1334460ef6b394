# sorted() and max() over huge ranges; any() over a never-true map.
print(sorted(range(10**9))[:3])
print(max(range(10**12)))
print(any(map(range, range(10**12), range(10**12))))
