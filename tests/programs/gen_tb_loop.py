# An exception raised inside a generator, consumed by a for loop.


def parse(lines):
    for line in lines:
        yield int(line)


def doubled(values):
    for v in values:
        yield v * 2


total = 0
for n in doubled(parse(["1", "2", "x3"])):
    total += n
print(total)
