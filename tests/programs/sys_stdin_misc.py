# sys: stdin readline/iteration, maxsize, modules, exc_info, byteorder.
import sys

first = sys.stdin.readline()
print(repr(first))
rest = [line.rstrip('\n') for line in sys.stdin]
print(rest)
print(repr(sys.stdin.readline()))
print(sys.maxsize, sys.maxsize == 9223372036854775807, sys.byteorder)
print('sys' in sys.modules, sys.modules['sys'] is sys, type(sys.modules).__name__)
import os
print(sys.modules['os'] is os, 'os.path' in sys.modules)
print(sys.exc_info())
try:
    raise KeyError('k')
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is v.__traceback__)
print(sys.exc_info())
