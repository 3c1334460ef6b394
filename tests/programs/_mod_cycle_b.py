# Other half of the cycle: sees only what _mod_cycle_a defined before importing b.
print("b: start")
import _mod_cycle_a
from_a = _mod_cycle_a.early
print("b: a has late?", hasattr(_mod_cycle_a, "late"))
def b_func():
    return "b_func sees " + _mod_cycle_a.late
print("b: end")
