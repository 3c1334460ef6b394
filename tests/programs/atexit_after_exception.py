# atexit callbacks run after the traceback of an uncaught exception is
# printed; weakref.finalize objects still alive run at exit too.
import atexit
import weakref


class Holder:
    pass


h = Holder()
weakref.finalize(h, print, "finalize at exit")
atexit.register(print, "atexit after the traceback")
raise RuntimeError("uncaught")
