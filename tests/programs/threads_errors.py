# RuntimeError / ValueError messages of the threading module.
import threading

def f():
    pass

t = threading.Thread(target=f)
try:
    t.join()
except RuntimeError as e:
    print("join before start:", e)
t.start()
try:
    t.start()
except RuntimeError as e:
    print("start twice:", e)
t.join()
try:
    t.start()
except RuntimeError as e:
    print("start after finish:", e)

try:
    threading.current_thread().join()
except RuntimeError as e:
    print("join main:", e)

def self_join():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        print("join self:", e)

s = threading.Thread(target=self_join)
s.start(); s.join()

lock = threading.Lock()
try:
    lock.release()
except RuntimeError as e:
    print("release:", type(e).__name__, e)
try:
    lock.acquire(False, 1)
except ValueError as e:
    print("acquire:", e)
try:
    lock.acquire(timeout=-2)
except ValueError as e:
    print("acquire:", e)
print(lock.acquire(True, -1), lock.locked())
lock.release()
print(lock.locked())
try:
    threading.Thread(target=f, name="n").join()
except RuntimeError as e:
    print(e)
with lock:
    print("in with:", lock.locked())
print("after with:", lock.locked())
try:
    with lock:
        raise KeyError("k")
except KeyError as e:
    print("with raised:", repr(e), lock.locked())
