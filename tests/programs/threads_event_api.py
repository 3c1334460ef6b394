# Event: set, wait(timeout), is_set, clear.
import threading
import time

e = threading.Event()
print(e.is_set(), e.wait(0), e.wait(0.05), e.wait(timeout=0.01))
e.set()
print(e.is_set(), e.wait(), e.wait(0), e.wait(timeout=5))
e.set()
e.clear()
print(e.is_set(), e.wait(0.01))
e.clear()

order = []
def waiter(i):
    r = e.wait()
    order.append((i, r))
ws = [threading.Thread(target=waiter, args=(i,)) for i in range(3)]
for w in ws:
    w.start()
time.sleep(0.05)
print("before set", order)
e.set()
for w in ws:
    w.join()
print(sorted(order))

ev2 = threading.Event()
def setter():
    time.sleep(0.05)
    ev2.set()
t = threading.Thread(target=setter)
t.start()
print("wait with timeout:", ev2.wait(5))
t.join()
t0 = time.monotonic()
e3 = threading.Event()
print(e3.wait(0.1), time.monotonic() - t0 >= 0.09)
