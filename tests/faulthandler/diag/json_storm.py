# json_storm.py PATH: many JSON dumps at once -- 8 threads calling
# dump_traceback in a loop while the main thread sends itself SIGUSR1
# (registered in JSON) and a repeating watchdog fires. Every report must
# come out whole (one unit on its stream) and parse.
import faulthandler
import os
import signal
import sys
import threading

out = open(sys.argv[1], "w")
faulthandler.register(signal.SIGUSR1, file=out, format="json")
faulthandler.dump_traceback_later(0.002, repeat=True, file=out,
                                  format="json")
stop = threading.Event()


def deep(n):
    if n > 0:
        return deep(n - 1)
    for _ in range(15):
        faulthandler.dump_traceback(out, format="json")


def worker():
    deep(20)


threads = [threading.Thread(target=worker, name="dumper-%d" % i)
           for i in range(8)]
for t in threads:
    t.start()
for _ in range(40):
    os.kill(os.getpid(), signal.SIGUSR1)
for t in threads:
    t.join()
faulthandler.cancel_dump_traceback_later()
faulthandler.unregister(signal.SIGUSR1)
out.close()
print("ok")
