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
# Every descriptor argument rejects negative numbers.
check(faulthandler.dump_traceback_later, 1, file=-1)
check(faulthandler.register, signal.SIGUSR1, file=-2)
check(faulthandler.dump_c_stack, -1)
# Fatal signals belong to enable(); SIGKILL and SIGSTOP cannot be caught.
for signum in [signal.SIGFPE, signal.SIGABRT, signal.SIGBUS, signal.SIGILL]:
    check(faulthandler.register, signum)
check(faulthandler.register, 9)
check(faulthandler.register, 19)
check(faulthandler.register, -1)
check(faulthandler.register, 100000)
check(faulthandler.unregister, 0)
check(faulthandler.enable, max_threads=0)
check(faulthandler.dump_traceback, max_threads=0)
check(faulthandler.enable, file=object())
# Every call that defaults to sys.stderr needs one.
sys.stderr = None
check(faulthandler.dump_traceback_later, 1)
check(faulthandler.register, signal.SIGUSR1)
check(faulthandler.dump_c_stack)
sys.stderr = saved
print(faulthandler.is_enabled(), faulthandler.unregister(signal.SIGUSR1))
print(faulthandler.disable(), faulthandler.is_enabled())
