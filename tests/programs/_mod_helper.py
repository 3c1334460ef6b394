# Imported by import_from_as.py and import_chain.py.
import _mod_counter
GREETING = "hello"
def greet(name):
    return GREETING + ", " + name
def counter_value():
    return _mod_counter.value
