# Four threads increment a shared counter under a Lock: the total is exact.
import threading
lock = threading.Lock()
counter = [0]
def add(times):
    for i in range(times):
        with lock:
            counter[0] += 1
def add_explicit(times):
    for i in range(times):
        lock.acquire()
        try:
            counter[0] += 1
        finally:
            lock.release()
ts = [threading.Thread(target=add if i % 2 else add_explicit, args=(5000,))
      for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counter[0])
print(lock.locked())
