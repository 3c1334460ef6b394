# A matrix class with operator overloading, __format__, iteration, equality.
class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("ragged or empty matrix")
        self.rows = [list(r) for r in rows]

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]

    def __setitem__(self, idx, value):
        i, j = idx
        self.rows[i][j] = value

    def __iter__(self):
        for row in self.rows:
            yield from row

    def __len__(self):
        return self.shape[0] * self.shape[1]

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    __hash__ = None

    def __add__(self, other):
        if isinstance(other, (int, float)):
            return Matrix([[x + other for x in r] for r in self.rows])
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch {self.shape} vs {other.shape}")
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    __radd__ = __add__

    def __neg__(self):
        return self * -1

    def __sub__(self, other):
        return self + (-other)

    def __mul__(self, k):
        if not isinstance(k, (int, float)):
            return NotImplemented
        return Matrix([[x * k for x in r] for r in self.rows])

    __rmul__ = __mul__

    def __matmul__(self, other):
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError("cannot multiply")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def __pow__(self, e):
        result = Matrix.identity(self.shape[0])
        for _ in range(e):
            result = result @ self
        return result

    def transpose(self):
        return Matrix([list(c) for c in zip(*self.rows)])

    def __repr__(self):
        return f"Matrix({self.rows!r})"

    def __str__(self):
        return format(self, "")

    def __format__(self, spec):
        cells = [[format(x, spec) for x in r] for r in self.rows]
        width = max(len(c) for r in cells for c in r)
        return "\n".join("[" + " ".join(c.rjust(width) for c in r) + "]" for r in cells)

    def __bool__(self):
        return any(self)


a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0.5, -1], [2, 0]])
print(a)
print(f"{b:.2f}")
print(repr(a + b), a - a, sep="\n")
print(a @ a, (a @ Matrix.identity(2)) == a, a ** 3, sep="\n")
print(2 * a == a + a, 10 + a, a.transpose(), len(a), sum(a), max(a), list(a))
print(bool(a - a), bool(a), a[1, 0], a.shape)
a[0, 0] = 9
print(f"{a:>6}", f"{a!r}", sep="\n")
try:
    a + Matrix([[1, 2, 3]])
except ValueError as e:
    print("ValueError:", e)
try:
    hash(a)
except TypeError as e:
    print("TypeError:", e)
try:
    a * "x"
except TypeError as e:
    print("TypeError:", e)
print(f"{Matrix([[1/3, 2/3], [1e10, -0.0]]):.3e}")
print(f"{Matrix([[1234567, 89]]):,}")
Matrix([[1], [2, 3]])
