# The io module's UnsupportedOperation, raised by files used against their mode.
import io
path = "io_unsupported_module.tmp"
f = open(path, "w")
try:
    f.read()
except io.UnsupportedOperation as e:
    print(type(e).__name__, e, repr(e), e.args, isinstance(e, OSError))
f.close()
g = open(path)
try:
    g.write("x")
except io.UnsupportedOperation as e:
    print(type(e), e)
g.close()
try:
    g.read()
except ValueError as e:
    print(e)
print(io.open is open, issubclass(io.UnsupportedOperation, OSError), io.UnsupportedOperation.__name__)
import os
os.remove(path)
h = open(path, "w")
os.remove(path)
h.readline()
