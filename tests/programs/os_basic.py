# os: getpid, getenv, environ, pipe, dup, close, remove, path.exists,
# path.join, and their errors.
import os

print(os.getpid() == os.getpid(), type(os.getpid()).__name__, os.getpid() > 0)
print(os.getenv("HOME"), os.getenv("LANG"))
print(os.getenv("INTERP_SURELY_UNSET"), os.getenv("INTERP_SURELY_UNSET", "dflt"))
print(os.environ["HOME"], "PATH" in os.environ, "INTERP_SURELY_UNSET" in os.environ)
print(os.environ.get("INTERP_SURELY_UNSET", 7))
try:
    os.environ["INTERP_SURELY_UNSET"]
except KeyError as e:
    print("KeyError", e)
os.environ["INTERP_TEST_VAR"] = "set-by-script"
print(os.environ["INTERP_TEST_VAR"], os.getenv("INTERP_TEST_VAR"))

r, w = os.pipe()
print(type(r).__name__, r != w, r >= 0 and w >= 0)
w2 = os.dup(w)
print(w2 != w and w2 != r)
f = open(w, "w")
f.write("through the pipe\n")
f.close()
g = open(w2, "w")
g.write("through the dup\n")
g.close()
reader = open(r)
print(repr(reader.read()))
reader.close()
try:
    os.close(w)
except OSError as e:
    print("close closed fd:", type(e).__name__, e.errno, e)
try:
    os.dup(w)
except OSError as e:
    print("dup closed fd:", e)

path = os.path.join("/tmp", "interp_os_basic_%d.txt" % os.getpid())
print(os.path.exists(path))
with open(path, "w") as h:
    h.write("x")
print(os.path.exists(path))
os.remove(path)
print(os.path.exists(path))
try:
    os.remove(path)
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == path)
    print(str(e) == "[Errno 2] No such file or directory: '%s'" % path)
try:
    os.remove("/interp/no/such/dir/file")
except OSError as e:
    print(type(e).__name__, e)

print(os.path.join("a", "b", "c"), os.path.join("a/", "b"), os.path.join("a", "/b", "c"))
print(os.path.join("", "b"), os.path.join("a", ""), os.path.join("a"))
print(os.path.join("/", "x"), os.path.join("a//", "b/"))
print(os.path.exists("/"), os.path.exists("/tmp"), os.path.exists(""))
print(os.path.exists("/interp/no/such"))
print(os.path.exists(os.path.join(os.getenv("HOME"), ".")))
