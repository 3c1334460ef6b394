# Rich comparisons __lt__ __le__ __gt__ __ge__, sorting and reflection.
class Version:
    def __init__(self, s):
        self.parts = [int(p) for p in s.split(".")]
        self.s = s
    def __lt__(self, other):
        return self.parts < other.parts
    def __le__(self, other):
        return self.parts <= other.parts
    def __gt__(self, other):
        return self.parts > other.parts
    def __ge__(self, other):
        return self.parts >= other.parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __repr__(self):
        return "V" + self.s
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "1.2"]]
print(sorted(vs))
print(max(vs), min(vs))
a, b = Version("2.0"), Version("10.0")
print(a < b, a <= b, a > b, a >= b, a == Version("2.0"))
print(Version("1") < Version("2") < Version("3"))
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
x, y = OnlyLt(1), OnlyLt(2)
print(x < y, y > x, sorted([y, x])[0].v)
try:
    x <= y
except TypeError as e:
    print("TypeError:", e)
