# Generators wherever a builtin takes an iterable.


def gen(n):
    for i in range(n):
        yield i


def words():
    yield "b"
    yield "a"
    yield "c"


print(list(gen(4)), tuple(gen(3)), set(gen(3)))
print(dict((k, k * 2) for k in gen(3)))
print(dict(zip(words(), gen(3))))
print(sorted(words()), sorted(words(), reverse=True), sorted(gen(4), key=lambda x: -x))
print(sum(gen(5)), sum(gen(5), 10), min(gen(5)), max(gen(5)), min(words()), max(words()))
print(list(zip(gen(3), words(), gen(10))))
print(list(map(lambda x, y: x + y, gen(3), gen(3))))
print(list(filter(None, gen(5))))
print(list(enumerate(words(), 1)))
print(list(reversed(list(gen(3)))))
print("-".join(words()), "".join(w.upper() for w in words()))
print(2 in gen(5), 7 in gen(5), "a" in words())
x, y, z = gen(3)
print(x, y, z)
first, *rest = gen(5)
print(first, rest)
*init, last = words()
print(init, last)
print([*gen(3), *words()], (*gen(2),), {*gen(2)})
print(any(gen(3)), all(gen(3)), any(gen(0)), all(gen(0)))
print(any(x > 1 for x in gen(3)), all(x < 5 for x in gen(3)))
l = [9]
l.extend(gen(3))
l += gen(2)
print(l)
s = set()
s.update(gen(3))
print(s)
d = {}
d.update((k, str(k)) for k in gen(2))
print(d)
print(list(iter(gen(2))), next(iter(gen(3))))
print(str.join(",", (str(i) for i in gen(3))))
print(", ".join(map(str, gen(4))))
print(list(range(10))[slice(*gen(3))] if False else "skip")


def pairs():
    yield ("a", 1)
    yield ("b", 2)


for k, v in pairs():
    print(k, v)
print(dict(pairs()))
print(max(gen(4), key=lambda v: (v % 3, v)), min(words(), key=str.upper))
print(sum(x * x for x in gen(1000)))
print(sorted(set(x % 7 for x in gen(50))))
print(list(x for x in gen(3) if x), [y for y in (x * 2 for x in gen(3))])
