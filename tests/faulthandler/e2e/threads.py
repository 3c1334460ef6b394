# Dumps (or crashes) while named worker threads are parked.
import faulthandler
import sys
import threading

ready = threading.Event()
done = threading.Event()


def worker():
    ready.set()
    done.wait()


def start(name):
    ready.clear()
    t = threading.Thread(target=worker, name=name)
    t.start()
    ready.wait()
    return t


mode = sys.argv[1]
threads = [start("worker-1")]
if mode == "dump":
    faulthandler.dump_traceback()
elif mode == "single":
    faulthandler.dump_traceback(all_threads=False)
elif mode == "limit":
    for i in range(4):
        threads.append(start("extra-%d" % i))
    faulthandler.dump_traceback(max_threads=2)
elif mode == "escape":
    threads.append(start("w\u00f6rker\t\u20ac\U0001f600"))
    threads.append(start("n" * 600))
    faulthandler.dump_traceback()
elif mode == "crash":
    faulthandler.enable(c_stack=False)
    faulthandler._sigsegv()
done.set()
for t in threads:
    t.join()
