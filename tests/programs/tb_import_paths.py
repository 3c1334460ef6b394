# Script and module paths as CPython 3.11 reports them: sys.argv[0] as
# given on the command line, __file__ of the main script and of imported
# modules absolute (the test maps the corpus directory to <programs>/),
# also in ImportError messages and module reprs, and in tracebacks;
# sys.path[0] is the real directory of the script.
import sys
import _mod_helper
import _mod_tb_markers

print(sys.argv[0])
print(__file__)
print(sys.path[0] + "/")
print(_mod_helper.__file__)
print(_mod_tb_markers)
try:
    from _mod_helper import no_such_name
except ImportError as e:
    print(e)
try:
    import no_such_module_anywhere
except ImportError as e:
    print(type(e).__name__, e, e.name)

_mod_tb_markers.lookup({"a": 1}, "b")
