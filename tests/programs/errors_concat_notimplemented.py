# When a user operand declines (NotImplemented), str/list/tuple report
# CPython's sequence messages.
class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        if isinstance(other, V):
            return V(self.x + other.x)
        return NotImplemented

    def __radd__(self, other):
        if isinstance(other, int):
            return V(self.x + other)
        return NotImplemented

    def __mul__(self, k):
        return NotImplemented

    __rmul__ = __mul__

    def __repr__(self):
        return "V(%r)" % (self.x,)


print(V(1) + V(2), 5 + V(1), sum([V(1), V(2)]))
for left, right in [("a", V(1)), ([1], V(1)), ((1,), V(1)), (V(1), "a"),
                    (None, V(1))]:
    try:
        print(left + right)
    except TypeError as e:
        print(e)
for left, right in [([1], V(1)), (V(1), "ab"), (V(1), V(2)), (2.5, V(1))]:
    try:
        print(left * right)
    except TypeError as e:
        print(e)
s = "x"
try:
    s += V(3)
except TypeError as e:
    print(e)
t = (1,)
try:
    t += V(3)
except TypeError as e:
    print(e)
