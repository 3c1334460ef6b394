# from x import a, b as c copies bindings; rebinding does not affect the module.
from _mod_helper import greet, GREETING as G
from _mod_counter import value, double as dbl, items
import _mod_counter
print(greet("world"), G, value, dbl(4))
items.append("shared list")
print(_mod_counter.items)
value = 0
print(_mod_counter.value)
_mod_counter.value = 99
from _mod_counter import value
print(value)
from math import pi, floor as fl
print(pi, fl(2.5))
try:
    from _mod_counter import nothing_here
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
