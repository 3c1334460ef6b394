# The iterator protocol: __iter__ returning self and __next__ raising StopIteration.
class Countdown:
    def __init__(self, start):
        self.cur = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur <= 0:
            raise StopIteration
        self.cur -= 1
        return self.cur + 1
print(list(Countdown(3)))
for n in Countdown(2):
    print("n", n)
class Pairs:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        return PairIter(self.items)
class PairIter:
    def __init__(self, items):
        self.items = items
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i + 1 >= len(self.items):
            raise StopIteration()
        pair = (self.items[self.i], self.items[self.i + 1])
        self.i += 2
        return pair
p = Pairs([1, 2, 3, 4, 5])
print(list(p), list(p))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
print(sorted(Countdown(4)), sum(Countdown(4)), max(Countdown(3)))
print(dict(Pairs(["a", 1, "b", 2])))
print([x * 10 for x in Countdown(3)], tuple(Countdown(1)))
a, b = Countdown(2)
print(a, b)
