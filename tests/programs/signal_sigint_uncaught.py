# An uncaught KeyboardInterrupt from the default SIGINT handler, raised
# while the main thread sleeps in a function.
import os
import signal
import threading
import time

def send():
    time.sleep(0.1)
    signal.raise_signal  # attribute access only
    os.kill(os.getpid(), signal.SIGINT)

def nap():
    time.sleep(30)

threading.Thread(target=send).start()
print("napping")
nap()
