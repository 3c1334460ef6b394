# targets.py KIND PATH [PATH2]: dump_traceback, the watchdog and register
# writing to PATH, given as a file object or (KIND ending in _fd) as a
# descriptor. KIND register_closed closes PATH's file before the signal and
# opens PATH2, which reuses the descriptor number.
import faulthandler
import os
import signal
import sys
import time

kind = sys.argv[1]
f = open(sys.argv[2], "w")
target = f.fileno() if kind.endswith("_fd") else f
if kind.startswith("dump"):
    faulthandler.dump_traceback(target, all_threads=False)
elif kind.startswith("later"):
    faulthandler.dump_traceback_later(0.05, file=target)
    time.sleep(0.5)
elif kind.startswith("register"):
    faulthandler.register(signal.SIGUSR1, file=target, all_threads=False)
    if kind == "register_closed":
        f.close()
        g = open(sys.argv[3], "w")
    os.kill(os.getpid(), signal.SIGUSR1)
f.close()
print("ok")
