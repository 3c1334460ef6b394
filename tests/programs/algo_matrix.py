# Matrix arithmetic with nested lists.
def matmul(a, b):
    return [[sum([a[i][k] * b[k][j] for k in range(len(b))]) for j in range(len(b[0]))] for i in range(len(a))]
def transpose(m):
    return [list(r) for r in zip(*m)]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
a = [[1, 2], [3, 4]]
b = [[5, 6], [7, 8]]
print(matmul(a, b), transpose(a), matmul(a, identity(2)) == a)
m = [[1, 1], [1, 0]]
r = identity(2)
for _ in range(30):
    r = matmul(r, m)
print(r[0][1])
f = [[0.5, 0.25], [0.125, 1.0]]
print(matmul(f, f))
for row in matmul([[1, 2, 3]], [[1], [2], [3]]):
    print(row)
print([" ".join(["%3d" % v for v in row]) for row in matmul(identity(3), [[1, 2, 3], [4, 5, 6], [7, 8, 9]])])
