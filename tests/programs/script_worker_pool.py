# A worker pool with threading and queue: producers and consumers, a
# sentinel shutdown, results gathered under a Lock, Events and a
# Condition-based barrier, thread-local state, a Timer, and
# deterministic output (results sorted, timing not printed).
import queue
import threading
import time
from collections import defaultdict


def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True


tasks = queue.Queue(maxsize=10)
results = {}
results_lock = threading.Lock()
per_worker = defaultdict(int)
local = threading.local()
SENTINEL = None


def worker(name):
    local.name = name
    local.count = 0
    while True:
        item = tasks.get()
        try:
            if item is SENTINEL:
                return
            value = (item, is_prime(item), sum(int(d) for d in str(item)))
            with results_lock:
                results[item] = value
                per_worker[local.name] += 1
            local.count += 1
        finally:
            tasks.task_done()


workers = [threading.Thread(target=worker, args=(f'w{i}',), name=f'worker-{i}') for i in range(4)]
for t in workers:
    t.start()
for n in range(1, 101):
    tasks.put(n)
tasks.join()
for _ in workers:
    tasks.put(SENTINEL)
for t in workers:
    t.join()
print(len(results), sum(per_worker.values()), all(not t.is_alive() for t in workers))
primes = [n for n, (_, p, _) in sorted(results.items()) if p]
print(primes)
print(sum(v[2] for v in results.values()), sorted(t.name for t in workers))

pq = queue.PriorityQueue()
for prio, job in [(3, 'low'), (1, 'urgent'), (2, 'normal'), (1, 'also urgent')]:
    pq.put((prio, job))
print([pq.get() for _ in range(pq.qsize())])
lifo = queue.LifoQueue()
for i in range(3):
    lifo.put(i)
print([lifo.get() for _ in range(3)], lifo.empty())
q = queue.Queue(maxsize=1)
q.put('x')
try:
    q.put('y', timeout=0.05)
except queue.Full:
    print('Full after timeout', q.full(), q.qsize())
try:
    queue.Queue().get(block=False)
except queue.Empty:
    print('Empty')
sq = queue.SimpleQueue()
sq.put(1)
print(sq.get(), sq.empty())

ready = threading.Event()
go = threading.Event()
order = []
order_lock = threading.Lock()


def stage(i):
    ready.wait()
    with order_lock:
        order.append(i)
    if len(order) == 3:
        go.set()


threads = [threading.Thread(target=stage, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
ready.set()
print(go.wait(timeout=5), sorted(order))
for t in threads:
    t.join()

cond = threading.Condition()
items = []


def consumer(out):
    with cond:
        while not items:
            cond.wait()
        out.append(items.pop(0))


got = []
cs = [threading.Thread(target=consumer, args=(got,)) for _ in range(2)]
for c in cs:
    c.start()
time.sleep(0.05)
with cond:
    items.extend(['a', 'b'])
    cond.notify_all()
for c in cs:
    c.join()
print(sorted(got))

barrier = threading.Barrier(3)
arrived = []


def party(i):
    idx = barrier.wait()
    with order_lock:
        arrived.append(idx)


ps = [threading.Thread(target=party, args=(i,)) for i in range(3)]
for p in ps:
    p.start()
for p in ps:
    p.join()
print(sorted(arrived), barrier.n_waiting, barrier.broken)
sem = threading.BoundedSemaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False))
sem.release()
sem.release()
try:
    sem.release()
except ValueError as e:
    print('ValueError:', e)
fired = threading.Event()
timer = threading.Timer(0.05, fired.set)
timer.start()
print(fired.wait(5), timer.is_alive() in (True, False))
cancelled = threading.Timer(10, lambda: print('never'))
cancelled.start()
cancelled.cancel()
cancelled.join()
print('cancelled ok', threading.current_thread().name, threading.main_thread() is threading.current_thread())
rl = threading.RLock()
with rl:
    with rl:
        print('reentrant ok')
print(threading.active_count() >= 1, isinstance(threading.get_ident(), int))
