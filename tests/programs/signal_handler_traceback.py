# An exception raised by a signal handler and not caught: the traceback
# shows where the main thread was, then the handler.
import os
import signal
import time

def check(signum, frame):
    raise RuntimeError("handler for %d" % signum)

def compute():
    signal.signal(signal.SIGUSR1, check)
    total = 0
    for i in range(3):
        total += i
    os.kill(os.getpid(), signal.SIGUSR1)
    print("not reached", total)

print("start")
compute()
