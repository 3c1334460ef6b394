# Event: set/wait/is_set/clear, and wait(timeout) returning False on timeout.
import threading
ready = threading.Event()
done = threading.Event()
log = []
def worker():
    ready.wait()
    log.append("worker saw ready")
    done.set()
t = threading.Thread(target=worker)
t.start()
print(ready.is_set(), done.wait(0.02))
log.append("main sets ready")
ready.set()
print(done.wait(5), ready.is_set())
t.join()
print(log)
ready.clear()
print(ready.is_set(), ready.wait(0.01))
