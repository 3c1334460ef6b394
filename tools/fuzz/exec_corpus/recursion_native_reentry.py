# Recursion through a builtin calling back into the script (sorted key=, map)
# still raises a catchable RecursionError instead of crashing.
import sys
def key(x):
    return sorted([x, x], key=key)[0]
try:
    key(1)
except RecursionError:
    print("sorted key recursion caught")
def via_map(n):
    return list(map(via_map, [n + 1]))
try:
    via_map(0)
except RecursionError:
    print("map recursion caught")
class Deep:
    def __repr__(self):
        return repr(self)
try:
    repr(Deep())
except RecursionError:
    print("__repr__ recursion caught")
print("still alive", sys.getrecursionlimit())
