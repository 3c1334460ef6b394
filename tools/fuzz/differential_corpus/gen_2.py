#~
m577 = [[i * j for j in range(5)] for i in range(2)]
t577 = [list(r) for r in zip(*m577)]
print(m577 == [list(c) for c in zip(*t577)], [sum(r) for r in t577])
print(max(m577, key=len, default=None), min([15, -129]))
class Box20:
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
b20 = Box20([-1, 2])
print(len(b20), -3 in b20, list(b20)[::8 or 1], bool(b20))
try:
    print(b20[0])
except IndexError as e:
    print("IndexError", e)
