# Control flow corners: try/finally/else with return/break/continue,
# comprehension scoping, global/nonlocal, star-unpacking, loops with else,
# and an uncaught exception raised while handling another.
def classify(values):
    out = []
    for v in values:
        try:
            if v is None:
                continue
            r = 10 // v
        except ZeroDivisionError:
            out.append("div0")
            continue
        except TypeError as e:
            out.append(type(e).__name__)
            break
        else:
            out.append(r)
        finally:
            out.append("f")
    else:
        out.append("no-break")
    return out


print(classify([1, 0, None, 5]), classify([2, "x", 3]))


def finally_wins():
    try:
        return "try"
    finally:
        print("cleanup runs first")


def finally_overrides():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
    return "loop done"


print(finally_wins(), finally_overrides())


def search(grid, target):
    for r, row in enumerate(grid):
        for c, val in enumerate(row):
            if val == target:
                break
        else:
            continue
        return r, c
    return None


grid = [[1, 2], [3, 4], [5, 6]]
print(search(grid, 4), search(grid, 9))

total = 0


def add_all(*nums, scale=1, **extra):
    global total
    for n in nums:
        total += n * scale
    return total, sorted(extra)


print(add_all(1, 2, 3), add_all(*[4, 5], scale=2, tag="x", **{"z": 1}), total)


def outer():
    items = []
    level = 0

    def push(x):
        nonlocal level
        level += 1
        items.append((level, x))

    for ch in "abc":
        push(ch)
    return items, level


print(outer())
x = "global x"
squares = [x * x for x in range(4)]
print(x, squares, [[i * j for j in range(3)] for i in range(2)], {c: ord(c) for c in "hi"})
pairs = [(a, b) for a in range(3) for b in range(a) if (a + b) % 2]
print(pairs, list(filter(None, [0, 1, "", "a", None])), [*map(lambda t: t[::-1], pairs)])
head, *tail = "hello"
*init, last = [1]
a, (b, *c), d = 1, (2, 3, 4), 5
print(head, tail, init, last, a, b, c, d)
for i, (k, v) in enumerate(sorted({"b": 2, "a": 1}.items())):
    print(i, k, v, end=" | ")
print()
n = 0
while True:
    n += 1
    if n % 2:
        continue
    if n > 6:
        break
print("n =", n)
print(0 < n <= 8 != 9, not n, n if n > 5 else -n, (lambda *a, **k: (a, k))(1, x=2))


def parse_record(text):
    try:
        name, age = text.split(",")
        return name, int(age)
    except ValueError:
        raise LookupError(f"bad record {text!r}")


records = ["ann,31", "bob,x"]
print(parse_record(records[0]))
parse_record(records[1])
