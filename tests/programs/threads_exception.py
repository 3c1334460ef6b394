# An uncaught exception in a thread: "Exception in thread NAME:" and the
# traceback on stderr; the thread ends, the main thread carries on.
import threading

def inner(x):
    return 10 // x

def boom(x):
    print("boom starts", x)
    inner(x)
    print("not reached")

t = threading.Thread(target=boom, args=(0,), name="bad-worker")
t.start()
t.join()
print("main continues", t.is_alive())

class Custom(Exception):
    pass

def raise_custom():
    raise Custom("custom message", 42)

t = threading.Thread(target=raise_custom)
t.start()
t.join()

def exits():
    import sys
    sys.exit(3)

t = threading.Thread(target=exits)
t.start()
t.join()
print("SystemExit in a thread is silent")

class Sub(threading.Thread):
    def run(self):
        raise ValueError("from run")

s = Sub(name="sub")
s.start()
s.join()
print("done")
