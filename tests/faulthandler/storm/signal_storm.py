# A signal storm target: SIGUSR1 dumps every thread into argv[1] while four
# threads recurse and spin; argv[2] is created once everything runs, the
# script ends when argv[3] appears. argv[4] == "chain": a script handler is
# chained behind the dump (and counted).
import faulthandler
import os
import signal
import sys
import threading
import time

out, ready, stop = sys.argv[1], sys.argv[2], sys.argv[3]
chain = len(sys.argv) > 4 and sys.argv[4] == "chain"
calls = []
if chain:
    signal.signal(signal.SIGUSR1, lambda signum, frame: calls.append(signum))
f = open(out, "w")
faulthandler.register(signal.SIGUSR1, file=f, all_threads=True, chain=chain)
done = False


def spin():
    x = 0
    while not done:
        for i in range(200):
            x += i


def recurse(n):
    if n == 0:
        spin()
    else:
        recurse(n - 1)


threads = [threading.Thread(target=recurse, args=(5 + 3 * i,))
           for i in range(4)]
for t in threads:
    t.start()
open(ready, "w").close()
while not os.path.exists(stop):
    time.sleep(0.002)
done = True
for t in threads:
    t.join()
faulthandler.unregister(signal.SIGUSR1)
f.close()
print("calls", len(calls) > 0 if chain else "-")
