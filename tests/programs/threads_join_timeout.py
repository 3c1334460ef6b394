# join(timeout) returns while the thread is still running; a later join waits.
import threading
gate = threading.Event()
def blocked():
    gate.wait()
t = threading.Thread(target=blocked)
t.start()
t.join(0.05)
print("alive after timed join:", t.is_alive())
gate.set()
t.join()
print("alive after join:", t.is_alive())
