# crash.py KIND [MODE [PATH]]: crash with faulthandler enabled.
# MODE: stderr (default), fd, fileobj, single, noc, reused, disabled, update
import faulthandler
import sys

crashers = {
    "read_null": faulthandler._read_null,
    "sigsegv": faulthandler._sigsegv,
    "sigabrt": faulthandler._sigabrt,
    "sigfpe": faulthandler._sigfpe,
    "sigbus": faulthandler._sigbus,
    "sigill": faulthandler._sigill,
}


def inner(kind):
    crashers[kind]()


def outer(kind):
    inner(kind)


kind = sys.argv[1]
mode = sys.argv[2] if len(sys.argv) > 2 else "stderr"
if mode == "stderr":
    faulthandler.enable()
elif mode == "fd":
    f = open(sys.argv[3], "w")
    faulthandler.enable(file=f.fileno())
elif mode == "fileobj":
    f = open(sys.argv[3], "w")
    faulthandler.enable(f)
elif mode == "single":
    faulthandler.enable(all_threads=False)
elif mode == "noc":
    faulthandler.enable(c_stack=False)
elif mode == "reused":
    f = open(sys.argv[3], "w")
    faulthandler.enable(file=f, c_stack=False)
    f.close()
    g = open(sys.argv[4], "w")
elif mode == "disabled":
    faulthandler.enable()
    print(faulthandler.disable(), faulthandler.disable(), faulthandler.is_enabled())
    sys.stdout.flush()
elif mode == "update":
    faulthandler.enable()
    faulthandler.enable(all_threads=False, c_stack=False)
outer(kind)
