#~
class Box832:
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
b832 = Box832([4, 7, -4, 255, -3])
print(len(b832), 0 in b832, list(b832)[::2 or 1], bool(b832))
try:
    print(b832[6])
except IndexError as e:
    print("IndexError", e)
#~
import dataclasses
@dataclasses.dataclass(order=True)
class Pt564:
    x: int = 2**63
    y: int = 0
print(sorted([Pt564(7, 1), Pt564()]), Pt564(1, 2) == Pt564(1, 2), dataclasses.asdict(Pt564()))
