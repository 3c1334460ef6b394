# Half of an import cycle: a imports b while a is only partly initialised.
print("a: start")
early = "a.early"
import _mod_cycle_b
print("a: b.from_a =", _mod_cycle_b.from_a)
late = "a.late"
def use_b():
    return _mod_cycle_b.b_func()
print("a: end")
