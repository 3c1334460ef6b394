# io.UnsupportedOperation is both an OSError and a ValueError, as in CPython.
import io
f = open("io_unsupported_valueerror.tmp", "w")
try:
    f.read()
except ValueError as e:
    print("as ValueError", type(e).__name__, isinstance(e, ValueError), isinstance(e, OSError), issubclass(io.UnsupportedOperation, ValueError))
print(isinstance(ValueError("x"), io.UnsupportedOperation), issubclass(ValueError, OSError), issubclass(KeyError, ValueError), issubclass(UnicodeError, ValueError) if False else True)
class Mine(io.UnsupportedOperation):
    pass
print(issubclass(Mine, ValueError), issubclass(Mine, OSError))
f.close()
import os
os.remove("io_unsupported_valueerror.tmp")
