# User-signal scenarios: plain, chain, nochain, unregister, single, and
# chain_default (no previous handler: the default action, death, follows).
import faulthandler
import os
import signal
import sys

calls = []


def handler(signum, frame):
    calls.append(signum)


mode = sys.argv[1]
signal.signal(signal.SIGUSR1, handler)
sig = signal.SIGUSR1
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
elif mode == "chain_default":
    sig = signal.SIGUSR2
    faulthandler.register(sig, chain=True)
os.kill(os.getpid(), sig)
x = 0
for i in range(1000):
    x += i
print("calls", len(calls))
