# The @ and @= operators reach __matmul__/__rmatmul__/__imatmul__.
class V:
    def __init__(self, *xs):
        self.xs = list(xs)

    def __matmul__(self, other):
        if isinstance(other, V):
            return sum(a * b for a, b in zip(self.xs, other.xs))
        return NotImplemented

    def __rmatmul__(self, other):
        return f"rmatmul({other!r})"

    def __repr__(self):
        return f"V{tuple(self.xs)}"


class Acc(V):
    def __imatmul__(self, other):
        self.xs = [a * b for a, b in zip(self.xs, other.xs)]
        return self


print(V(1, 2, 3) @ V(4, 5, 6), 3 @ V(1))
a = Acc(1, 2)
b = a
a @= V(3, 4)
print(a, a is b)
c = V(1, 1)
c @= V(2, 2)
print(c)
for x, y in [(1, 2), ([1], [2]), (V(1), "s")]:
    try:
        x @ y
    except TypeError as e:
        print("TypeError:", e)
try:
    n = 2
    n @= 3
except TypeError as e:
    print("TypeError:", e)
print(1 @ V(2))
