# threading.Thread: target/args/kwargs/name/daemon, start, join, is_alive,
# ident, name, daemon, and the default names.
import threading

results = []

def work(a, b, c=0, d=0):
    t = threading.current_thread()
    results.append((t.name, a, b, c, d, t.ident == threading.get_ident()))

t1 = threading.Thread(target=work, args=(1, 2), kwargs={"c": 3, "d": 4},
                      name="worker-1")
print(t1.name, t1.daemon, t1.ident, t1.is_alive())
t1.start()
t1.join()
print(t1.is_alive(), t1.ident is not None, isinstance(t1.ident, int))
print(results)

t2 = threading.Thread(target=work, args=[5, 6])
print(t2.name)
t2.start(); t2.join()
t3 = threading.Thread(target=work, args=(7,), kwargs=dict(b=8))
print(t3.name)
t3.start(); t3.join()
t4 = threading.Thread(target=lambda: results.append("lambda"))
print(t4.name)
t4.start(); t4.join()
t5 = threading.Thread()
print(t5.name)
t5.start(); t5.join()
print(results[1:])

d = threading.Thread(target=work, args=(0, 0), daemon=True)
print(d.daemon)
d.daemon = False
print(d.daemon)
d.start(); d.join()
print(threading.Thread(target=work, name="x", daemon=False).daemon)

# name is writable, and the ident differs between threads
t = threading.Thread(target=work, args=(9, 9))
t.name = "renamed"
t.start(); t.join()
print(results[-1])
print(t.ident != threading.get_ident(), t.ident != t1.ident or True)

class MyThread(threading.Thread):
    def __init__(self, n):
        super().__init__(name="my-%d" % n)
        self.n = n
        self.out = None
    def run(self):
        self.out = self.n * 10

m = MyThread(4)
m.start(); m.join()
print(m.name, m.out, m.is_alive())
print(repr(threading.Thread(name="fresh")))
print(repr(threading.Thread(name="fresh-d", daemon=True)))
