# Lock.acquire with blocking=False and with a timeout while another thread holds it.
import threading
lock = threading.Lock()
held = threading.Event()
release = threading.Event()
def holder():
    with lock:
        held.set()
        release.wait()
t = threading.Thread(target=holder)
t.start()
held.wait()
print(lock.locked(), lock.acquire(False), lock.acquire(blocking=False))
print(lock.acquire(True, 0.05), lock.acquire(timeout=0.01))
release.set()
t.join()
print(lock.acquire(timeout=1), lock.locked())
lock.release()
print(lock.locked())
