# Errors raised inside special methods show their frames.
class Vec:
    def __init__(self, xs):
        self.xs = xs
    def __add__(self, other):
        return Vec([a + b for a, b in zip(self.xs, other.xs)])
    def __getitem__(self, i):
        return self.xs[i]
    def __repr__(self):
        return "Vec(" + repr(self.xs) + ")"
v = Vec([1, 2]) + Vec([3, 4])
print(v, v[1])
print(v + 5)
