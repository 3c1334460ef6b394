# Assorted sys attributes whose values are deterministic.
import sys
print(sys.platform)
print(type(sys.version).__name__, len(sys.version) > 0)
print(type(sys.executable).__name__)
print(type(sys.path).__name__, len(sys.path) > 0)
print(sys._xoptions.get("faulthandler"), "faulthandler" in sys._xoptions)
print(sys.stdout is not None, sys.stderr is not sys.stdout)
import sys as system
print(system is sys, system.getrecursionlimit())
