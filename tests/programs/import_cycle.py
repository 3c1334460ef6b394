# An import cycle sees the partially initialised module, like CPython.
import _mod_cycle_a
print("main: a.late =", _mod_cycle_a.late)
print("main:", _mod_cycle_a.use_b())
import _mod_cycle_b
print(_mod_cycle_b.from_a)
