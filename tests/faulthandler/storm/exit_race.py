# A daemon thread faults while the main thread returns from the script.
# argv[2] "outside": the daemon sleeps (without the GIL) until the test
# sends it SIGSEGV; the main thread returns as soon as the report has
# started, so the exit always overlaps the report. Otherwise the daemon
# faults by itself and the main thread returns after argv[3] iterations.
import faulthandler
import os
import sys
import threading
import time

path = sys.argv[1]
f = open(path, "w")
faulthandler.enable(file=f)
go = threading.Event()


def crash():
    go.wait()
    faulthandler._sigsegv()


def sleeper():
    time.sleep(60)


if sys.argv[2] == "outside":
    threading.Thread(target=sleeper, daemon=True).start()
    open(sys.argv[3], "w").close()
    deadline = time.monotonic() + 20
    while os.path.getsize(path) == 0 and time.monotonic() < deadline:
        pass
else:
    threading.Thread(target=crash, daemon=True).start()
    go.set()
    x = 0
    for i in range(int(sys.argv[3])):
        x += i
