# Ctrl-C (SIGINT, default handler) while the main thread sleeps: an
# uncaught KeyboardInterrupt with its traceback, after a caught one.
import os
import signal
import threading
import time

def send_sigint():
    time.sleep(0.1)
    os.kill(os.getpid(), signal.SIGINT)

t = threading.Thread(target=send_sigint)
t.start()
try:
    time.sleep(30)
except KeyboardInterrupt as e:
    print("caught", repr(e))
t.join()

def wait_forever():
    threading.Event().wait()

t = threading.Thread(target=send_sigint)
t.start()
print("waiting")
wait_forever()
