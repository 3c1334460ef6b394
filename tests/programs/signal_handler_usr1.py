# A Python handler for SIGUSR1 runs in the main thread; signal(...) returns the old one.
import os
import signal
got = []
def handler(signum, frame):
    got.append(signum)
old = signal.signal(signal.SIGUSR1, handler)
print(old == signal.SIG_DFL, signal.getsignal(signal.SIGUSR1) is handler)
os.kill(os.getpid(), signal.SIGUSR1)
print(got == [signal.SIGUSR1])
signal.raise_signal(signal.SIGUSR1)
print(len(got))
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
print(signal.getsignal(signal.SIGUSR1) == signal.SIG_DFL)
