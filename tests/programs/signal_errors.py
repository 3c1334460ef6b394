# Error cases of the signal module.
import signal
import threading

def h(signum, frame):
    pass

for bad in (0, -1, 65, 1000):
    try:
        signal.signal(bad, h)
    except ValueError as e:
        print("signal", bad, ":", e)
    try:
        signal.getsignal(bad)
    except ValueError as e:
        print("getsignal", bad, ":", e)
    if bad != 0:
        try:
            signal.raise_signal(bad)
        except OSError as e:
            print("raise_signal", bad, ":", type(e).__name__, e)

for bad in (None, 5, "handler", 2.5):
    try:
        signal.signal(signal.SIGUSR1, bad)
    except TypeError as e:
        print(repr(bad), "->", type(e).__name__, e)
print(signal.getsignal(signal.SIGUSR1) == signal.SIG_DFL)

try:
    signal.signal(signal.SIGKILL, h)
except OSError as e:
    print("SIGKILL:", type(e).__name__, e.errno, e)
try:
    signal.signal(signal.SIGSTOP, signal.SIG_IGN)
except OSError as e:
    print("SIGSTOP:", type(e).__name__, e)

try:
    signal.signal("2", h)
except TypeError as e:
    print("TypeError", e)

out = []
def in_thread():
    try:
        signal.signal(signal.SIGUSR1, h)
    except ValueError as e:
        out.append(str(e))
    out.append(signal.getsignal(signal.SIGUSR1) == signal.SIG_DFL)

t = threading.Thread(target=in_thread)
t.start()
t.join()
print(out)

def raising(signum, frame):
    raise ValueError("from handler %d" % signum)

signal.signal(signal.SIGUSR2, raising)
try:
    signal.raise_signal(signal.SIGUSR2)
    print("not reached")
except ValueError as e:
    print("caught", e)

def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: signal.raise_signal(signalnum=2))
t(lambda: signal.raise_signal(1, 2))
t(lambda: signal.raise_signal())
t(lambda: signal.signal(signalnum=signal.SIGUSR1, handler=signal.SIG_DFL))
t(lambda: signal.signal(1, 2, handler=3))
t(lambda: signal.signal(signal.SIGUSR1, handler=signal.SIG_DFL, x=1))
t(lambda: signal.signal(signal.SIGUSR1))
t(lambda: signal.signal())
t(lambda: signal.signal(signal.SIGUSR1, signal.SIG_IGN, 3))
t(lambda: signal.getsignal(signalnum=signal.SIGUSR1))
t(lambda: signal.getsignal(1, 2))
t(lambda: signal.getsignal())
t(lambda: signal.getsignal("x"))
t(lambda: signal.signal(2 ** 31, signal.SIG_IGN))
t(lambda: signal.getsignal(-2 ** 40))
t(lambda: signal.signal(signal.SIGUSR1, 0))
t(lambda: signal.signal(signal.SIGUSR1, 1))
t(lambda: signal.signal(signal.SIGUSR1, True))
t(lambda: signal.getsignal(signal.SIGUSR1))
