# The queue module: FIFO, LIFO, priority and simple queues between threads.
import queue
import threading

q = queue.Queue()
results = []

def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        results.append(item * 2)
        q.task_done()

threads = [threading.Thread(target=worker) for _ in range(3)]
for t in threads:
    t.start()
for i in range(20):
    q.put(i)
q.join()
for _ in threads:
    q.put(None)
for t in threads:
    t.join()
print(sorted(results))
print(q.qsize(), q.empty(), q.full())

bounded = queue.Queue(maxsize=2)
bounded.put(1)
bounded.put_nowait(2)
print(bounded.full(), bounded.qsize())
try:
    bounded.put(3, block=False)
except queue.Full:
    print("Full")
try:
    bounded.put(3, timeout=0.01)
except queue.Full:
    print("Full after timeout")
print(bounded.get(), bounded.get_nowait())
try:
    bounded.get_nowait()
except queue.Empty:
    print("Empty")
try:
    bounded.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
try:
    bounded.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
try:
    bounded.task_done()
except ValueError as e:
    print("ValueError:", e)

lifo = queue.LifoQueue()
for x in "abc":
    lifo.put(x)
print([lifo.get() for _ in range(3)])

pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "aa"), (5, "e"), (0, "z")]:
    pq.put(item)
print([pq.get() for _ in range(6)])

sq = queue.SimpleQueue()
sq.put(1)
sq.put(2)
print(sq.qsize(), sq.get(), sq.get(), sq.empty())
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))

# A consumer blocked on get() is woken by put() from another thread.
handoff = queue.Queue()
got = []
c = threading.Thread(target=lambda: got.append(handoff.get(timeout=5)))
c.start()
handoff.put("hello")
c.join()
print(got)
