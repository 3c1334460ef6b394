# Thread.name / daemon / ident are properties: read-only ident, daemon
# fixed once started, and the errors of a subclass without __init__.
import threading
class T(threading.Thread):
    def __init__(self):
        pass
    def run(self):
        print("run")
t = T()
for f in (t.start, t.join, t.is_alive, lambda: repr(t), lambda: t.name, lambda: t.daemon, lambda: t.ident):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t2 = threading.Thread(target=print)
t2.start(); t2.join()
for f in (lambda: setattr(t2, "daemon", True), lambda: setattr(t2, "ident", 5), lambda: setattr(t2, "name", "nn")):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(t2.name, t2.daemon)
t3 = threading.Thread(target=print, args=("t3 runs",))
t3.daemon = True
t3.name = "t3"
print(t3.daemon, t3.name, repr(t3))
t3.start()
t3.join()
print(threading.current_thread().daemon)
try:
    threading.current_thread().daemon = True
except RuntimeError as e:
    print(e)
