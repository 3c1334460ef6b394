# Lock.acquire(blocking, timeout), release, locked, with.
import threading
import time

lock = threading.Lock()
print(lock.locked(), lock.acquire(), lock.locked())
print(lock.acquire(False), lock.acquire(blocking=False))
print(lock.acquire(True, 0.05), lock.acquire(timeout=0.01))
print(lock.acquire(timeout=0))
lock.release()
print(lock.locked(), lock.acquire(timeout=1), lock.locked())
lock.release()

# A lock released by another thread (locks are not owned).
lock.acquire()
def releaser():
    time.sleep(0.05)
    lock.release()
t = threading.Thread(target=releaser)
t.start()
print("blocked acquire:", lock.acquire())
t.join()
lock.release()

# Timeout while another thread holds it.
holder_in = threading.Event()
holder_out = threading.Event()
def holder():
    with lock:
        holder_in.set()
        holder_out.wait()
h = threading.Thread(target=holder)
h.start()
holder_in.wait()
t0 = time.monotonic()
got = lock.acquire(timeout=0.1)
waited = time.monotonic() - t0
print("timed acquire:", got, waited >= 0.09)
print("non-blocking:", lock.acquire(blocking=False))
holder_out.set()
h.join()
print("after holder:", lock.locked(), lock.acquire(blocking=False))
lock.release()

# with: released on exception too
counter = [0]
def add(n):
    for _ in range(n):
        with lock:
            counter[0] += 1
ws = [threading.Thread(target=add, args=(500,)) for _ in range(4)]
for w in ws:
    w.start()
for w in ws:
    w.join()
print(counter[0])
try:
    with lock:
        raise RuntimeError("inside")
except RuntimeError as e:
    print(e, lock.locked())
print(type(lock).__name__)
print(lock.__enter__(), lock.locked())
print(lock.__exit__(None, None, None), lock.locked())
