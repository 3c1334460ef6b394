# A signal handler that raises while the main thread waits, at exit, for a
# non-daemon thread: CPython reports it as ignored in threading._shutdown.
import os
import signal
import threading
import time

def handler(signum, frame):
    raise RuntimeError("handler raised at shutdown")

signal.signal(signal.SIGUSR1, handler)

def worker():
    time.sleep(0.2)
    os.kill(os.getpid(), signal.SIGUSR1)
    time.sleep(0.2)
    print("worker finished")

threading.Thread(target=worker).start()
print("main body done")
