# User-signal scenarios: plain, chain, nochain, unregister, single.
import faulthandler
import os
import signal
import sys

calls = []


def handler(signum, frame):
    calls.append(signum)


mode = sys.argv[1]
signal.signal(signal.SIGUSR1, handler)
if mode == "plain" or mode == "nochain":
    faulthandler.register(signal.SIGUSR1)
elif mode == "chain":
    faulthandler.register(signal.SIGUSR1, chain=True)
elif mode == "single":
    faulthandler.register(signal.SIGUSR1, all_threads=False)
elif mode == "unregister":
    faulthandler.register(signal.SIGUSR1)
    print(faulthandler.unregister(signal.SIGUSR1))
    print(faulthandler.unregister(signal.SIGUSR1))
os.kill(os.getpid(), signal.SIGUSR1)
x = 0
for i in range(1000):
    x += i
print("calls", len(calls))
