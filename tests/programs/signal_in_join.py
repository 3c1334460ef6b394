# A signal handler raising while the main thread is blocked in join and
# Event.wait(timeout): the traceback passes through threading.py.
import os
import signal
import threading
import time

def handler(signum, frame):
    raise RuntimeError("stop waiting")

signal.signal(signal.SIGUSR1, handler)

def send():
    time.sleep(0.1)
    os.kill(os.getpid(), signal.SIGUSR1)

stop = threading.Event()
s = threading.Thread(target=send)
s.start()
try:
    stop.wait(30)
except RuntimeError as e:
    print("wait interrupted:", e)
s.join()
waiter = threading.Thread(target=stop.wait, daemon=True)
waiter.start()
s = threading.Thread(target=send)
s.start()
waiter.join()
