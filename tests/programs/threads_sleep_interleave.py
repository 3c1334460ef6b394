# Threads that sleep release the lock: a sleeper does not block the others.
import threading
import time
order = []
def sleeper(name, delay):
    time.sleep(delay)
    order.append(name)
ts = [threading.Thread(target=sleeper, args=(n, d))
      for n, d in [("slow", 0.3), ("fast", 0.0), ("mid", 0.15)]]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(order)
