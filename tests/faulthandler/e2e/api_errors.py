# Errors and small behaviours of the module API.
import faulthandler
import signal
import sys


def check(f, *args, **kwargs):
    try:
        f(*args, **kwargs)
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)


check(faulthandler.dump_traceback_later, 0)
check(faulthandler.dump_traceback_later, -1.5)
check(faulthandler.enable, file=-1)
check(faulthandler.dump_traceback, -3)
check(faulthandler.register, signal.SIGSEGV)
check(faulthandler.register, 0)
print(faulthandler.is_enabled())
print(faulthandler.unregister(signal.SIGUSR2))
faulthandler.cancel_dump_traceback_later()
saved = sys.stderr
sys.stderr = None
check(faulthandler.enable)
check(faulthandler.dump_traceback)
sys.stderr = saved
print(faulthandler.enable(), faulthandler.is_enabled(), faulthandler.disable())
