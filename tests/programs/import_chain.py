# Modules importing modules: shared module state is visible everywhere.
import _mod_helper
import _mod_counter
print(_mod_helper.counter_value())
_mod_counter.value = 1000
print(_mod_helper.counter_value())
print(_mod_helper._mod_counter is _mod_counter)
try:
    import _mod_does_not_exist
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.args)
except ImportError:
    print("wrong handler")
