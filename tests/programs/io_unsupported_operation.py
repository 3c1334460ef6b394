# Reading a file opened for writing (or writing one opened for reading) is
# io.UnsupportedOperation, an OSError.
import os

path = "io_unsupported_operation.tmp"
with open(path, "w") as f:
    f.write("data\n")
    try:
        f.read()
    except OSError as e:
        print(type(e).__name__, e, isinstance(e, OSError), e.args)
with open(path) as f:
    try:
        f.write("more")
    except OSError as e:
        print(type(e).__name__, e)
    print(f.read())
f = open(path, "a")
try:
    f.readline()
except Exception as e:
    print(type(e).__name__, e)
f.close()
g = open(path, "w")
os.remove(path)
g.read()
