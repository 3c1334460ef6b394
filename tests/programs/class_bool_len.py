# Truthiness of instances via __bool__ and __len__.
class Always:
    pass
class Falsy:
    def __bool__(self):
        return False
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
for obj in [Always(), Falsy(), Sized(0), Sized(3), Both()]:
    print(type(obj).__name__, bool(obj), "yes" if obj else "no", not obj)
print(len(Sized(5)), Sized(0) or "fallback", type(Falsy() and "never").__name__)
items = [Sized(0), Sized(2), Falsy(), Always()]
print([type(x).__name__ for x in items if x])
print(any([Sized(0), Falsy()]), all([Sized(1), Always()]))
i = 3
s = Sized(i)
while s:
    print("len", len(s))
    i -= 1
    s = Sized(i)
