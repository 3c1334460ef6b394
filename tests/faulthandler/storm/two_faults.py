# SIGSEGV and SIGFPE in several threads at once (the FPE ones argv[2]
# seconds later).
import faulthandler
import sys
import threading
import time

f = open(sys.argv[1], "w")
faulthandler.enable(file=f)
go = threading.Event()
delay = float(sys.argv[2])


def segv():
    go.wait()
    faulthandler._sigsegv()


def fpe():
    go.wait()
    deadline = time.monotonic() + delay
    while time.monotonic() < deadline:
        pass
    faulthandler._sigfpe()


faulters = [threading.Thread(target=t) for t in (segv, fpe, segv, fpe)]
for t in faulters:
    t.start()
go.set()
for t in faulters:
    t.join()
