# The less common attributes of sys: flags, thread_info, implementation,
# exception(), maxunicode and friends (only what CPython and interp share:
# interp's name, version and hash flags are its own).
import sys

print(type(sys.flags).__name__, len(sys.flags), sys.flags[0])
print(sys.flags.debug, sys.flags.optimize, sys.flags.verbose, sys.flags.dev_mode,
      sys.flags.int_max_str_digits, sys.flags.inspect)
print(sys.thread_info.name, type(sys.thread_info).__name__)
print(sys.maxunicode, sys.float_repr_style, repr(sys.abiflags), sys.platlibdir,
      sys.pycache_prefix, sys.warnoptions)
print(isinstance(sys.prefix, str), sys.prefix == sys.exec_prefix == sys.base_prefix)
print(sys.implementation.cache_tag is None or isinstance(sys.implementation.cache_tag, str),
      type(sys.implementation.name).__name__, sys.implementation.version[:1] != ())
print(sys.getfilesystemencoding(), sys.exception())
try:
    {}["k"]
except KeyError:
    print(repr(sys.exception()), sys.exception() is sys.exc_info()[1])
    try:
        raise ValueError("inner")
    except ValueError:
        print(repr(sys.exception()))
    print(repr(sys.exception()))
print(sys.exception())
print(hasattr(sys, "no_such_attribute"), "flags" in dir(sys))
sys.dont_write_bytecode = False
print(sys.dont_write_bytecode)
try:
    sys.no_such_attribute
except AttributeError as e:
    print(e)
