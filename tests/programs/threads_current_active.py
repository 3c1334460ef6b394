# current_thread, main_thread, get_ident, active_count.
import threading

main = threading.main_thread()
print(main.name, main is threading.current_thread(), main.daemon)
print(main.ident == threading.get_ident(), main.is_alive())
print(threading.active_count())
print(type(threading.get_ident()).__name__)

start = threading.Event()
stop = threading.Event()
seen = {}

def worker(key):
    me = threading.current_thread()
    seen[key] = (me.name, me is not main, me.ident == threading.get_ident(),
                 threading.main_thread() is main, me.is_alive())
    start.set()
    stop.wait()

ts = []
for i in range(3):
    start.clear()
    t = threading.Thread(target=worker, args=(i,), name="w%d" % i)
    t.start()
    start.wait()
    ts.append(t)
    print("active", threading.active_count())
print(sorted(seen.items()))
idents = set([t.ident for t in ts])
print(len(idents), threading.get_ident() not in idents)
stop.set()
for t in ts:
    t.join()
print("active after", threading.active_count())
print([t.is_alive() for t in ts])
print(threading.current_thread().name)
