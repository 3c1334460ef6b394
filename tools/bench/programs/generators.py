# Generators: resuming a suspended frame per item (for loops, a generator
# expression consumed by sum(), and a yield-from pipeline).
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(it):
    for v in it:
        if v % 2 == 0:
            yield v


def chained(n):
    yield from evens(count(n))


def run(n):
    total = 0
    for v in count(n):
        total += v
    total += sum(x * 2 for x in range(n))
    for v in chained(n):
        total -= v
    return total % 1000003


print(run(3000000))
