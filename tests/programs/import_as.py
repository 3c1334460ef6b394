# import x as y binds the same module object under another name.
import _mod_counter as mc
import _mod_counter
print(mc is _mod_counter, mc.value)
mc.value = 7
print(_mod_counter.value)
import math as m, sys as s
print(m.sqrt(9), s.getrecursionlimit())
try:
    print(mc.missing)
except AttributeError as e:
    print("AttributeError:", e)
