# Changes builtins, sys and limits; the reset must undo all of it.
import builtins, sys
builtins.len = lambda x: -1
builtins.print = None
builtins.extra_name = 1
del builtins.sorted
sys.path.append("/nowhere")
sys.argv[:] = ["changed", "argv"]
sys.modules["fake"] = sys
sys._xoptions["x"] = 1
sys.setrecursionlimit(30)
sys.set_int_max_str_digits(640)
sys.stdout = None
