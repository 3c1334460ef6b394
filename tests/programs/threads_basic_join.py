# Threads with target/args/kwargs; results collected after join.
import threading
results = {}
def work(n, scale=1):
    total = 0
    for i in range(n):
        total += i * scale
    results[n] = total
threads = []
for n in [10, 100, 1000]:
    t = threading.Thread(target=work, args=(n,), kwargs={"scale": 2})
    threads.append(t)
    t.start()
for t in threads:
    t.join()
print([results[n] for n in [10, 100, 1000]])
print([t.is_alive() for t in threads])
t = threading.Thread(target=work, args=(5,), name="worker-5")
print(t.name, t.is_alive(), t.ident is None)
t.start()
t.join()
print(t.name, t.is_alive(), type(t.ident).__name__, results[5])
