# hang.py MODE: a worker blocks forever on a lock the main thread holds,
# while the main thread joins it. MODE "watch": watch_progress(0.5,
# exit=True) must name the worker; "later": dump_traceback_later shows each
# thread's state; "busy": threads that keep running bytecode never trigger
# the progress watchdog.
import faulthandler
import sys
import threading
import time

mode = sys.argv[1]
fmt = sys.argv[2] if len(sys.argv) > 2 else "text"
lock = threading.Lock()


def worker():
    lock.acquire()


def spin(deadline):
    n = 0
    while time.monotonic() < deadline:
        n += 1
    return n


if mode == "busy":
    faulthandler.watch_progress(1.0, format=fmt)
    deadline = time.monotonic() + 2.5
    t = threading.Thread(target=spin, args=(deadline,), name="spinner")
    t.start()
    spin(deadline)
    t.join()
    faulthandler.cancel_watch_progress()
    print("no report")
    sys.exit(0)

lock.acquire()
t = threading.Thread(target=worker, name="worker-1")
t.start()
if mode == "watch":
    faulthandler.watch_progress(0.5, exit=True, format=fmt)
else:
    faulthandler.dump_traceback_later(0.5, exit=True, format=fmt)
t.join()
