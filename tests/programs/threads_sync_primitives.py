# threading's Condition, Semaphore, BoundedSemaphore, Barrier, Timer, local.
import threading
import time

# Condition: a producer/consumer hand-off, wait_for with a predicate.
cond = threading.Condition()
items = []
consumed = []

def consumer():
    with cond:
        cond.wait_for(lambda: len(items) >= 3)
        consumed.extend(items)

t = threading.Thread(target=consumer)
t.start()
for i in range(3):
    with cond:
        items.append(i)
        cond.notify()
t.join()
print("consumed", consumed)

with cond:
    print("timed out wait:", cond.wait(0.01))
try:
    cond.wait()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)

# Condition on a plain Lock, notify_all waking every waiter.
lock_cond = threading.Condition(threading.Lock())
ready = []
def waiter(n):
    with lock_cond:
        lock_cond.wait()
        ready.append(n)
ws = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for w in ws:
    w.start()
while True:
    with lock_cond:
        if len(lock_cond._waiters) == 4:
            lock_cond.notify_all()
            break
    time.sleep(0.001)
for w in ws:
    w.join()
print("woken", sorted(ready))

# Semaphore bounds concurrency.
sem = threading.Semaphore(2)
active = [0]
peak = [0]
guard = threading.Lock()
def work():
    with sem:
        with guard:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        time.sleep(0.005)
        with guard:
            active[0] -= 1
ts = [threading.Thread(target=work) for _ in range(6)]
for x in ts:
    x.start()
for x in ts:
    x.join()
print("peak within bound", 1 <= peak[0] <= 2)
print(sem.acquire(blocking=False), sem.acquire(False), sem.acquire(False))
try:
    sem.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)

b = threading.BoundedSemaphore(1)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)

# Barrier: every party gets a distinct index; the action runs once.
actions = []
barrier = threading.Barrier(3, action=lambda: actions.append("all here"))
indices = []
def party():
    indices.append(barrier.wait())
ps = [threading.Thread(target=party) for _ in range(3)]
for p in ps:
    p.start()
for p in ps:
    p.join()
print(sorted(indices), actions, barrier.parties, barrier.n_waiting, barrier.broken)
barrier.abort()
try:
    barrier.wait()
except threading.BrokenBarrierError:
    print("broken", barrier.broken, issubclass(threading.BrokenBarrierError, RuntimeError))

# Timer: runs once after the interval, or never when cancelled.
fired = []
tm = threading.Timer(0.01, fired.append, args=["tick"])
tm.start()
tm.join()
tc = threading.Timer(10, fired.append, args=["never"])
tc.start()
tc.cancel()
tc.join()
print("fired", fired, isinstance(tm, threading.Thread))

# local: each thread sees its own attributes.
data = threading.local()
data.x = "main"
seen = []
def other():
    seen.append(hasattr(data, "x"))
    data.x = "other"
    seen.append(data.x)
o = threading.Thread(target=other)
o.start()
o.join()
print("local", data.x, seen)
try:
    data.missing
except AttributeError as e:
    print("AttributeError:", e)

# RLock under a Condition: wait releases every level.
rl = threading.RLock()
rc = threading.Condition(rl)
with rc:
    with rc:
        print("rlock owned", rl._is_owned(), rc.wait(0.001))
print("rlock free", rl._is_owned())
