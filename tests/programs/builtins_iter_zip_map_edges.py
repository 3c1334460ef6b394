# enumerate/zip/map/filter/iter/next edge cases.
print(list(enumerate("ab", 5)), list(enumerate([], 1)), list(enumerate("xy", start=-1)))
print(list(zip()), list(zip([1, 2, 3], "ab")), list(zip(*[(1, "a"), (2, "b")])), list(zip(range(3))))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(str.upper, "ab")), list(filter(None, [0, 1, "", "x", None])))
print(list(filter(lambda v: v % 2, range(7))), list(map(int, ["1", "2"])), list(reversed(range(1, 10, 3))))
it = iter([1, 2])
print(next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
try:
    next([1])
except TypeError as e:
    print(e)
try:
    iter(5)
except TypeError as e:
    print(e)
try:
    list(zip(1, [2]))
except TypeError as e:
    print(e)
try:
    list(map(None, 5))
except TypeError as e:
    print(e)
try:
    enumerate(5)
except TypeError as e:
    print(e)
calls = []
def counter():
    calls.append(1)
    return len(calls)
print(list(iter(counter, 4)))
e = enumerate("abc")
print(next(e), list(e), list(e))
z = zip("ab", [1, 2])
print(dict(z), dict(z))
m = map(abs, [-1, -2])
print(list(m), list(m), sum(map(len, ["ab", "c"])), max(map(len, ["ab", "cde"])))
r = reversed([1, 2, 3])
print(next(r), list(r), repr(iter(())).split(" at ")[0])
