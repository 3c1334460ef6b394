# Imports by name at run time: __import__, importlib.import_module (absolute
# and relative), importlib.util (find_spec, spec_from_file_location,
# module_from_spec), importlib.reload and modules made by types.ModuleType.
import importlib
import importlib.util
import os
import sys
import types

here = os.path.dirname(os.path.abspath(__file__))

m = types.ModuleType("dyn", "built by hand")
print(m, m.__doc__, sorted(m.__dict__))
exec("x = 2\ndef double(): return x * 2", m.__dict__)
print(m.double())
sys.modules["dyn"] = m
import dyn
print(dyn is m, dyn.x)
try:
    types.ModuleType(3)
except TypeError as e:
    print("TypeError:", e)

print(__import__("os.path").__name__)
print(__import__("os.path", fromlist=["join"]).__name__)
pkg = __import__("_pkg_shapes", fromlist=["flat"])
print(pkg.__name__, pkg.flat.__name__)
print(__import__("_pkg_rel.helpers").__name__)

print(importlib.import_module("_pkg_rel.helpers").__name__)
print(importlib.import_module(".helpers", "_pkg_rel").__name__)
print(importlib.import_module("..base", "_pkg_rel.inner").__name__)

spec = importlib.util.find_spec("_mod_helper")
print(spec.name, os.path.basename(spec.origin), spec.parent,
      spec.submodule_search_locations, spec.has_location)
spec = importlib.util.find_spec("_pkg_rel")
print(spec.name, os.path.basename(spec.origin), spec.parent,
      [os.path.basename(p) for p in spec.submodule_search_locations])
print(importlib.util.find_spec("_pkg_rel.inner").name)
print(importlib.util.find_spec("no_such_module_anywhere"))
print(importlib.util.find_spec("math").origin)
print(importlib.util.resolve_name("..x", "a.b.c"))

path = os.path.join(here, "_mod_counter.py")
spec = importlib.util.spec_from_file_location("counter_copy", path)
mod = importlib.util.module_from_spec(spec)
print(mod.__name__, os.path.basename(mod.__file__), mod.__spec__ is spec,
      "value" in mod.__dict__)
spec.loader.exec_module(mod)
print(mod.value, "counter_copy" in sys.modules)

import _mod_counter
_mod_counter.value = 0
again = importlib.reload(_mod_counter)
print(again is _mod_counter, _mod_counter.value)

for bad in [lambda: importlib.import_module(".x"),
            lambda: __import__(""),
            lambda: __import__("x", level=-1),
            lambda: __import__(5),
            lambda: __import__("x", None, None, [], 1),
            lambda: importlib.reload("os"),
            lambda: importlib.import_module("no_such_pkg.sub"),
            lambda: importlib.import_module("..x", "_pkg_rel")]:
    try:
        bad()
    except (ImportError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(__spec__, __package__, type(__builtins__).__name__)
