# Items skipped natively by filter() and `in` still count.
print(-1 in map(abs, range(10**12)))
print(next(filter(None, map(range, range(10**12), range(10**12)))))
