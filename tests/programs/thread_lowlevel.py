import _thread, time, threading
lock = _thread.allocate_lock()
done = []
def worker(n, tag='w'):
    with lock:
        done.append((tag, n))
ids = [_thread.start_new_thread(worker, (i,), {'tag': 't'}) for i in range(3)]
while len(done) < 3:
    time.sleep(0.001)
print(sorted(done), all(isinstance(i, int) for i in ids), type(lock) is _thread.LockType)
print(_thread.get_ident() == threading.get_ident(), _thread.stack_size(), _thread.TIMEOUT_MAX > 0)
try: _thread.start_new_thread(worker, [1])
except TypeError as e: print(e)
r = _thread.RLock(); r.acquire(); r.acquire(); r.release(); r.release(); print('rlock ok')
import collections
P = collections.namedtuple('P', 'x y')
P.x.__doc__ = 'the x'; print(P.x.__doc__)
class C:
    p = property(lambda s: 1)
C.p.__doc__ = 'doc!'; print(C.p.__doc__)
