# Prints the state the hostile programs change.
import sys, builtins
print(len([1, 2]), sorted([2, 1]), hasattr(builtins, "extra_name"))
print(sys.path, sys.argv, "fake" in sys.modules, sys._xoptions)
print(sys.getrecursionlimit(), sys.get_int_max_str_digits())
print("Leftover" in globals(), "GLOBAL_LEFT" in dir())
import json, collections, re, os, time, math
print(json.dumps([1]), hasattr(collections.Counter, "extra"))
print(re.compile("a+").match("aa").group(0), os.getpid(), time.time())
print(math.pi)
def f(n):
    return f(n + 1) if n < 60 else n
print(f(0))
print(int("9" * 1000) % 7)
import gc, posix
print(os.path.join("a", "b"), os.path.splitext("x.py"), os.path.exists("/"))
print(os.environ.get("FUZZ_LEFT"), os.getcwd(), os.sep, gc.isenabled())
print(posix.getcwd(), sorted(posix.environ))
