# An exception raised while a module is imported shows the module's frames.
print("main: before import")
import _mod_raises
print("never printed")
