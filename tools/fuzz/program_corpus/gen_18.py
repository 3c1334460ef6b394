#~
class Box498:
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
b498 = Box498([9, -1, 3, 9, 2])
print(len(b498), -1 in b498, list(b498)[::5 or 1], bool(b498))
try:
    print(b498[6])
except IndexError as e:
    print("IndexError", e)
#~
def fin548(n):
    out = []
    for i in range(n):
        try:
            if i % 3 == 0:
                continue
            if i == 1:
                break
            out.append(i)
        finally:
            out.append(-i)
    return out
print(fin548(8))
