# Deep recursion, memoised defaults and self-referencing containers' reprs.
# recursion, deep data, sort with cmp-like keys, closures as objects
import sys
def fib(n, memo={}):
    if n in memo:
        return memo[n]
    r = n if n < 2 else fib(n - 1) + fib(n - 2)
    memo[n] = r
    return r
print(fib(80), len(fib.__defaults__[0]) if hasattr(fib, "__defaults__") else 81)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))
try:
    depth(100000)
except RecursionError as e:
    print("RecursionError", e)
nested = []
cur = nested
for _ in range(50):
    cur.append([])
    cur = cur[0]
print(str(nested)[:20], len(str(nested)))
a = []
a.append(a)
print(a, [a, a])
d = {}
d["self"] = d
print(d)
class Node:
    def __init__(self):
        self.children = []
    def __repr__(self):
        return f"Node({self.children})"
n = Node()
n.children.append(n)
try:
    print(repr(n))
except RecursionError as e:
    print("RecursionError in repr")
