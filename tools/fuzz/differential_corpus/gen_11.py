#~
class Box112:
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
b112 = Box112([9, -1])
print(len(b112), -3 in b112, list(b112)[::4 or 1], bool(b112))
try:
    print(b112[6])
except IndexError as e:
    print("IndexError", e)
a713 = 17
b713 = -3
for op713 in ("+", "-", "*", "//", "%", "**", "<<", ">>", "&", "|", "^"):
    try:
        print(op713, eval(f"a713 {op713} (b713 % 64)"))
    except Exception as e:
        print(op713, type(e).__name__)
print(divmod(a713, b713 or 1), abs(a713), hex(a713), bin(b713)[:20], int(str(a713)))
data443 = [13, 3, 2**64 - 1, -5]
print([x - y for x in data443 for y in data443[:3] if x > y])
print({x: x * x for x in data443 if x})
print({x % 5 for x in data443}, sorted(set(data443) ^ {1, 2, 9}))
print(list(zip(data443, reversed(data443))), dict(enumerate(data443)))
try:
    try:
        raise Exception('hello world')
    finally:
        print("inner finally")
except (Exception, KeyError) as e63:
    print("got", type(e63).__name__, e63.args)
except Exception as e63:
    print("other", type(e63).__name__)
