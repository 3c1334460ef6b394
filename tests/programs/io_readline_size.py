# readline(size) stops after `size` characters or a newline; readline()
# and read(n) count characters, not bytes.
import os

path = "io_readline_size.tmp"
with open(path, "w") as f:
    f.write("héllo wörld\nsecond line\nthird\n")
with open(path) as f:
    print(repr(f.readline(3)))
    print(repr(f.readline(0)))
    print(repr(f.readline(100)))
    print(repr(f.readline(-1)))
    print(repr(f.read(2)), repr(f.readline()))
    print(repr(f.readline(5)))
with open(path) as f:
    print(repr(f.read(7)))
    try:
        f.readline(None)
    except TypeError as e:
        print(e)
    print(repr(f.readline()))
os.remove(path)
