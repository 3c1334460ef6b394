# File errors are OSError subclasses with errno in args and the path in str().
import os
try:
    open("missing_dir_xyz/file.txt", "w")
except FileNotFoundError as e:
    print(type(e).__name__, e.args, isinstance(e, OSError))
    print(e)
try:
    open("definitely_missing.txt")
except OSError as e:
    print(type(e).__name__, e.args[0], e)
try:
    os.remove("definitely_missing.txt")
except OSError as e:
    print(type(e).__name__, e)
path = os.path.join(os.getenv("TMPDIR", "/tmp"), "interp_err_" + str(os.getpid()))
with open(path, "w") as f:
    f.write("x")
try:
    with open(path) as f:
        print(f.read())
        raise KeyError("inside with")
except KeyError as e:
    print("KeyError", e)
print(f.closed if hasattr(f, "closed") else True)
os.remove(path)
