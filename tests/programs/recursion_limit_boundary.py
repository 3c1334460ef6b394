# Depth just below the limit works; one level past it raises RecursionError.
import sys
sys.setrecursionlimit(200)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
ok = 0
for n in range(150, 220):
    try:
        depth(n)
        ok = n
    except RecursionError:
        break
print("deepest ok between 180 and 200:", 180 <= ok < 200)
sys.setrecursionlimit(1000)
print(depth(900))
