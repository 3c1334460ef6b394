# json_dumps.py PATH: every kind of non-fatal report in JSON, into PATH
# (dump_traceback, all_threads=False, a user signal, the watchdog), with a
# worker thread parked on an Event so that reports show two threads.
import faulthandler
import os
import signal
import sys
import threading
import time

out = open(sys.argv[1], "w")
release = threading.Event()
ready = threading.Event()


def worker():
    ready.set()
    release.wait()


t = threading.Thread(target=worker, name="worker-1")
t.start()
ready.wait()
faulthandler.dump_traceback(out, format="json")
faulthandler.dump_traceback(out, all_threads=False, format="json")
faulthandler.register(signal.SIGUSR1, file=out, format="json")
os.kill(os.getpid(), signal.SIGUSR1)
faulthandler.dump_traceback_later(0.05, file=out, format="json")
time.sleep(0.5)
release.set()
t.join()
out.close()
print("ok")
