# Generator bodies that call, construct, unpack and allocate while
# suspended generators hold the only references to their locals.



class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)


def walk(node, depth=0):
    yield depth, node.value
    for child in node.children:
        yield from walk(child, depth + 1)


tree = Node("root", [Node("a", [Node("a1"), Node("a2")]), Node("b")])
for depth, value in walk(tree):
    print("  " * depth + value)


def calls(*args, **kwargs):
    yield len(args), sorted(kwargs)
    extra = {"z": 1}
    yield dict(**kwargs, **extra)
    yield max(*args, key=lambda v: -v)
    yield Node(*args[:1]).value
    yield "{}-{}".format(*args[:2])
    yield [str(a) for a in args]
    obj = Node(value=kwargs.get("k", 0))
    yield obj.value


print(list(calls(3, 1, 2, k="v", m=1)))


def holders(n):
    # Locals referenced only from the suspended generator's registers.
    data = [list(range(i, i + 3)) for i in range(n)]
    text = "x" * 10
    for row in data:
        junk = [str(v) * 50 for v in range(200)]
        yield sum(row), text[: len(row)], len(junk)


gens = [holders(5) for _ in range(20)]
for round_ in range(5):
    rows = [next(g) for g in gens]
    junk_all = [[0] * 1000 for _ in range(200)]
print(rows[0], len(rows))
print(sum(sum(r[0] for r in g) for g in [holders(30) for _ in range(10)]))


def produce():
    for i in range(3000):
        yield {"i": i, "s": str(i) * 3, "l": [i] * 5}


acc = 0
for item in produce():
    acc += item["i"] + len(item["s"]) + sum(item["l"])
print(acc)


def with_block():
    class Ctx:
        def __enter__(self):
            print("enter")
            return self

        def __exit__(self, *exc):
            print("exit", exc[0].__name__ if exc[0] else None)
            return False

    with Ctx():
        yield "inside with"
        yield "still inside"


wb = with_block()
print(next(wb))
print(next(wb))
print(next(wb, "done"))
wb2 = with_block()
next(wb2)
try:
    wb2.throw(KeyError("k"))
except KeyError:
    print("propagated through with")


def finally_return():
    try:
        yield 1
        return "from try"
    finally:
        print("finally ran")


fr = finally_return()
next(fr)
try:
    next(fr)
except StopIteration as e:
    print("value", e.value)


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


f = fib()
print([next(f) for _ in range(15)])


def pipeline():
    nums = (i for i in range(20))
    evens = (n for n in nums if n % 2 == 0)
    squares = (e * e for e in evens)
    return list(squares)


print(pipeline())


class Tree:
    def __init__(self, *items):
        self.items = items

    def __iter__(self):
        for it in self.items:
            if isinstance(it, Tree):
                yield from it
            else:
                yield it


print(list(Tree(1, Tree(2, Tree(3, 4)), 5)))
print(sorted(Tree(5, 3, Tree(9, 1))))
