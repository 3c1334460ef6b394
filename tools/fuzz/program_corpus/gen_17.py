m374 = [[i * j for j in range(6)] for i in range(0)]
t374 = [list(r) for r in zip(*m374)]
print(m374 == [list(c) for c in zip(*t374)], [sum(r) for r in t374])
print(max(m374, key=len, default=None), min([2**64 - 1, 12]))
class Box453:
    def __init__(self, items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        return iter(self.items)
    def __bool__(self):
        return bool(self.items)
b453 = Box453([])
print(len(b453), 17 in b453, list(b453)[::6 or 1], bool(b453))
try:
    print(b453[-7])
except IndexError as e:
    print("IndexError", e)
class Meta807:
    __slots__ = ("a", "b")
    def __init__(self, a, b=None):
        self.a, self.b = a, b
    @classmethod
    def make(cls, *args):
        return cls(*args)
    @staticmethod
    def twice(x):
        return x * 2
m807 = Meta807.make('  padded  ', [-3])
try:
    m807.c = 1
except AttributeError as e:
    print("slots", type(e).__name__)
print(m807.a, m807.b, Meta807.twice([10, 3]))
