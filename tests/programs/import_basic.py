# import runs a module once; later imports reuse the cached module.
import _mod_counter
print("after first import")
import _mod_counter
print("after second import")
print(_mod_counter.value, _mod_counter.double(21), _mod_counter.Thing("t"))
print(_mod_counter.bump(), _mod_counter.bump(), _mod_counter.loads)
def again():
    import _mod_counter
    return _mod_counter.loads
print(again())
print(type(_mod_counter).__name__)
