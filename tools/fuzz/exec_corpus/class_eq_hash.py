# __eq__ and __hash__ make instances usable as dict keys and set members.
class Key:
    def __init__(self, a, b):
        self.a = a
        self.b = b
    def __eq__(self, other):
        return isinstance(other, Key) and (self.a, self.b) == (other.a, other.b)
    def __hash__(self):
        return hash((self.a, self.b))
    def __repr__(self):
        return "Key(%r, %r)" % (self.a, self.b)
k1 = Key(1, "x")
k2 = Key(1, "x")
k3 = Key(2, "y")
print(k1 == k2, k1 != k2, k1 == k3, k1 is k2, k1 == "other")
d = {k1: "first"}
d[k2] = "second"
d[k3] = "third"
print(d, len(d))
print(Key(2, "y") in d, len({k1, k2, k3}))
print([k1, k3].index(Key(2, "y")), [k1, k2, k3].count(k1))
class NoHash:
    def __eq__(self, other):
        return True
try:
    {NoHash(): 1}
except TypeError as e:
    print("TypeError:", e)
print(NoHash() == 5, NoHash() != 5)
