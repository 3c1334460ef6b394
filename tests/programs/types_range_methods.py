# range: attributes, count/index, containment, slicing, equality, reprs.
r = range(1, 20, 3)
print(r, r.start, r.stop, r.step, len(r), r[2], r[-1], r[1:4], r[::-1], list(r[::2]))
print(r.index(7), r.count(7), r.count(8), 7 in r, 8 in r, 7.0 in r, r.count(7.0), range(5).index(True))
for bad in [lambda: r.index(8), lambda: r.index("x"), lambda: r[100], lambda: range(0, 5, 0), lambda: range(1.5)]:
    try:
        print(bad())
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
print(range(0) == range(5, 5), range(0, 3) == range(3), range(1, 2) != range(1, 3), list(range(-5, 5, 4)), range(3, -3, -2)[1])
print(sum(range(101)), max(range(7)), sorted(range(3), reverse=True), list(reversed(range(0, 10, 4))), tuple(range(2)))
