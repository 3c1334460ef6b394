import sys
sys.setrecursionlimit(10000)
def down(n):
    return down(n + 1) if n >= 0 else n
try:
    down(0)
except RecursionError as e:
    print("recursion", type(e).__name__)
class R:
    def __repr__(self):
        return repr([self])
try:
    repr(R())
except RecursionError:
    print("repr recursion")
