# enable(file=f), then the script closes every descriptor it can name and
# opens new files (argv[2] "dup2": points every number at one new file
# instead), then faults. The report must not land in any of the new files.
import faulthandler
import os
import sys

f = open(sys.argv[1], "w")
faulthandler.enable(file=f)
f.close()
mode = sys.argv[2]
others = sys.argv[3]
if mode == "dup2":
    g = open(others + "-dup2", "w")
    keep = g.fileno()
    for fd in range(3, 1024):
        if fd != keep:
            try:
                os.dup2(keep, fd)
            except OSError:
                pass
else:
    for fd in range(3, 1024):
        try:
            os.close(fd)
        except OSError:
            pass
    files = [open(others + "-%d" % i, "w") for i in range(10)]
faulthandler._sigsegv()
