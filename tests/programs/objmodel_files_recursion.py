# A dropped file object's output is on disk before the next open(); deep
# recursion follows sys.setrecursionlimit.
import os
import sys

path = os.path.join(os.getenv("TMPDIR", "/tmp"), "interp_objmodel_" + str(os.getpid()) + ".txt")
open(path, "w").write("data")
print(repr(open(path).read()))
f = open(path, "a")
f.write("+more")
del f
print(repr(open(path).read()))
os.remove(path)

sys.setrecursionlimit(200000)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(150000))
sys.setrecursionlimit(1000)
try:
    depth(5000)
except RecursionError as e:
    print("RecursionError:", e)
print(depth(500))
