# Imports standard modules and changes them, the sandbox's stand-ins and
# the sink; leaves globals and classes behind.
import json, collections, re, itertools, functools, os, time, _fuzz
json.dumps = None
collections.Counter.extra = 1
re.compile = 5
os.getpid = lambda: 1
time.time = lambda: 0
_fuzz.write = None
import math
math.pi = 3
class Leftover:
    pass
GLOBAL_LEFT = Leftover()
def gen():
    yield 1
g = gen()
next(g)
# The posix stand-in under os and os.path, and the collector switch.
import posix, gc
posix._path.join = None
posix.environ["FUZZ_LEFT"] = "1"
posix.getcwd = None
os.sep = "\\"
gc.disable()
