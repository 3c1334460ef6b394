# PEP 562: a module's own __getattr__ answers attribute lookups the module
# namespace misses (attribute access, from-import, getattr with default).
import _mod_lazy
from _mod_lazy import lazy_thing

print(_mod_lazy.plain, _mod_lazy.lazy_value, lazy_thing)
print(getattr(_mod_lazy, "lazy_x"), getattr(_mod_lazy, "other", "default"))
print(hasattr(_mod_lazy, "lazy_y"), hasattr(_mod_lazy, "missing"))
print(sorted(_mod_lazy._loaded))
try:
    _mod_lazy.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    from _mod_lazy import nothing_here
except ImportError as e:
    print("ImportError:", e)
