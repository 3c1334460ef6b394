# Uncaught errors from Thread.start / Thread.join: the traceback
# names the frames that ran (CPython adds threading.py's).
import threading

def f():
    pass

t = threading.Thread(target=f)
try:
    t.join()
except RuntimeError as e:
    print(e)
t.start()
t.join()
def again():
    t.start()
again()
