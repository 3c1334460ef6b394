# Generators and iterator pipelines, context managers, sorting with keys.
import contextlib
import itertools
from collections import Counter, defaultdict, deque

LOG = """2024-01-01 10:00:01 INFO user=ann action=login
2024-01-01 10:00:05 WARN user=bob action=login failed=1
2024-01-01 10:01:00 INFO user=ann action=view page=home
2024-01-01 10:02:10 ERROR user=cat action=pay amount=30
2024-01-01 10:03:00 INFO user=bob action=login
2024-01-01 10:04:30 INFO user=bob action=pay amount=12
2024-01-01 10:05:00 WARN user=ann action=view page=admin"""


def read_lines(text):
    for lineno, line in enumerate(text.splitlines(), 1):
        yield lineno, line


def parse(lines):
    for lineno, line in lines:
        date, clock, level, *fields = line.split()
        record = dict(f.split("=", 1) for f in fields)
        record.update(lineno=lineno, level=level, time=clock)
        yield record


def where(records, **conds):
    return (r for r in records if all(r.get(k) == v for k, v in conds.items()))


def take(n, it):
    return list(itertools.islice(it, n))


records = list(parse(read_lines(LOG)))
print(len(records), records[0])
print([r["lineno"] for r in where(records, user="bob")])
print(take(2, where(iter(records), level="INFO")))
levels = Counter(r["level"] for r in records)
print(levels.most_common(), sorted(levels.elements())[:3])
by_user = defaultdict(list)
for r in records:
    by_user[r["user"]].append(r["action"])
print(dict(by_user))
payments = sorted((r for r in records if "amount" in r), key=lambda r: int(r["amount"]), reverse=True)
print([(p["user"], int(p["amount"])) for p in payments])
people = [("ann", 31, "eng"), ("bob", 25, "ops"), ("cat", 31, "eng"), ("dan", 25, "eng")]
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[2]), min(people, key=lambda p: p[1]))
for dept, group in itertools.groupby(sorted(people, key=lambda p: p[2]), key=lambda p: p[2]):
    print(dept, [p[0] for p in group])


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


evens = (x for x in fib() if x % 2 == 0)
print(take(8, evens), list(itertools.takewhile(lambda v: v < 50, fib())))


def running_avg():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            return (count, total)
        total += value
        count += 1
        avg = total / count


gen = running_avg()
next(gen)
print([gen.send(v) for v in (10, 20, 60)])
try:
    gen.send(None)
except StopIteration as stop:
    print("finished with", stop.value)


def chain_all(*iterables):
    for it in iterables:
        yield from it


print(list(chain_all("ab", [1, 2], range(2))), list(zip(*[(1, "a"), (2, "b")])))
window = deque(maxlen=3)
sums = []
for v in range(1, 8):
    window.append(v)
    sums.append(sum(window))
print(sums, list(itertools.accumulate([1, 2, 3, 4])), list(itertools.pairwise("abcd")))


class Timer:
    def __init__(self, label):
        self.label = label
        self.events = []

    def __enter__(self):
        self.events.append("enter")
        return self

    def __exit__(self, exc_type, exc, tb):
        self.events.append(f"exit {exc_type.__name__ if exc_type else None}")
        return exc_type is KeyError


with Timer("a") as t:
    pass
with Timer("b") as t2:
    {}["missing"]
print(t.events, t2.events)


@contextlib.contextmanager
def tag(name):
    print(f"<{name}>", end="")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


with tag("p") as upper, tag("b"):
    print(upper, end="")
with contextlib.suppress(ZeroDivisionError):
    1 / 0
print("suppressed")
try:
    with tag("div"):
        raise ValueError("inside")
except ValueError as e:
    print("propagated:", e)
first, *middle, last = range(6)
(a, b), *rest = [(1, 2), 3, 4]
print(first, middle, last, a, b, rest, [*range(3), *"xy"], {**{"a": 1}, "b": 2})
print(1 < 2 < 3, 3 > 2 > 2, 1 < 3 > 2, "a" < "b" <= "b" != "c", 1 == 1.0 != 2)
