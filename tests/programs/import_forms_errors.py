# import forms, aliases, sys.modules, a cycle through partially initialised modules, and import errors.
import _mod_imp_x
import _mod_imp_x as m2
from _mod_imp_x import value, helper as h
print(_mod_imp_x.value, m2 is _mod_imp_x, value, h(), _mod_imp_x.__name__)
import sys
print('_mod_imp_x' in sys.modules, type(sys.modules).__name__)
import _mod_imp_y
print(_mod_imp_y.yval)
from _mod_imp_x import helper
print(helper())
try:
    from _mod_imp_x import nothing
except ImportError as e:
    # (the message ends with the module's absolute path)
    print(type(e).__name__, str(e).split(" (")[0])
try:
    import nothing_here
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    _private
except NameError as e:
    print(e)
print(__name__)
