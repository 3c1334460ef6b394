# iter() over builtins and next() with defaults; iterators are single-pass.
it = iter([1, 2, 3])
print(next(it))
print(list(it), list(it))
s = iter("xy")
print(next(s), next(s), next(s, "end"))
d = {"a": 1, "b": 2}
k = iter(d)
print(next(k), next(k), next(k, None))
t = iter((5,))
print(next(t), next(t, 0))
r = iter(range(3, 6))
total = 0
for v in r:
    total += v
print(total, next(r, "exhausted"))
it2 = iter([1, 2, 3, 4])
for x in it2:
    if x == 2:
        break
print(list(it2))
z = zip("ab", [1, 2])
print(next(z), list(z))
print(iter(it2) is it2)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
