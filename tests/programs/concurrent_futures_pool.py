# concurrent.futures: ThreadPoolExecutor submit/map/shutdown, Future
# methods, wait, as_completed. Output never depends on scheduling order.
import concurrent.futures as cf
import threading
import time


def square(x):
    return x * x


def fail(x):
    raise ValueError("bad %d" % x)


print(cf.TimeoutError is TimeoutError)
print(issubclass(cf.CancelledError, Exception), cf.CancelledError.__mro__[1].__name__)
print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
print(issubclass(cf.BrokenExecutor, RuntimeError))

with cf.ThreadPoolExecutor(max_workers=4) as ex:
    futs = [ex.submit(square, i) for i in range(10)]
    print([f.result() for f in futs])
    print(list(ex.map(square, range(8))))
    print(list(ex.map(pow, [2, 3, 4], [5, 6, 7])))
    f = ex.submit(fail, 3)
    print(type(f.exception()).__name__, f.exception())
    try:
        f.result()
    except ValueError as e:
        print("result raised", e)
    print(f.done(), f.cancelled(), f.running())
    kw = ex.submit(lambda a, b=0, *, c: (a, b, c), 1, c=3)
    print(kw.result())

# map re-raises the first failing call's exception in order.
with cf.ThreadPoolExecutor(2) as ex:
    it = ex.map(lambda x: 10 // x, [5, 2, 0, 1])
    out = []
    try:
        for v in it:
            out.append(v)
    except ZeroDivisionError as e:
        out.append("ZeroDivisionError: " + str(e))
    print(out)

# as_completed yields every future once.
with cf.ThreadPoolExecutor(3) as ex:
    futs = {ex.submit(square, i): i for i in range(12)}
    got = sorted((futs[f], f.result()) for f in cf.as_completed(futs))
    print(got)

# wait: ALL_COMPLETED and FIRST_COMPLETED.
gate = threading.Event()
started = threading.Event()


def blocked(x):
    started.set()
    gate.wait()
    return x


with cf.ThreadPoolExecutor(2) as ex:
    quick = ex.submit(square, 7)
    slow = ex.submit(blocked, 1)
    done, not_done = cf.wait([quick, slow], return_when=cf.FIRST_COMPLETED)
    print(quick in done, len(done) >= 1, slow in not_done or slow in done)
    print(type(cf.wait([quick])).__name__, cf.wait([quick])._fields)
    started.wait()
    d, nd = cf.wait([slow], timeout=0.05)
    print(len(d), len(nd), slow.running())
    try:
        slow.result(timeout=0.01)
    except cf.TimeoutError:
        print("timeout ok")
    try:
        list(cf.as_completed([slow], timeout=0.01))
    except TimeoutError as e:
        print("as_completed:", e)
    gate.set()
    done, not_done = cf.wait([quick, slow])
    print(len(done), len(not_done), sorted(f.result() for f in done))

# FIRST_EXCEPTION returns once a call raised.
with cf.ThreadPoolExecutor(2) as ex:
    g2 = threading.Event()
    bad = ex.submit(fail, 1)
    hang = ex.submit(lambda: g2.wait())
    done, not_done = cf.wait([bad, hang], return_when=cf.FIRST_EXCEPTION)
    print(bad in done, hang in not_done)
    g2.set()

# Callbacks: before and after completion, and cancel of queued work.
order = []
with cf.ThreadPoolExecutor(1) as ex:
    g3 = threading.Event()
    first = ex.submit(g3.wait)
    queued = ex.submit(square, 3)
    queued.add_done_callback(lambda f: order.append(("cb", f.cancelled())))
    print("cancel queued:", queued.cancel(), queued.cancelled(), queued.done())
    print("cancel again:", queued.cancel())
    try:
        queued.result()
    except cf.CancelledError as e:
        print("CancelledError", repr(e))
    g3.set()
    print("first:", first.result(), "cancel finished:", first.cancel())
    first.add_done_callback(lambda f: order.append(("late", f.result())))
print(order)

# A Future used directly.
f = cf.Future()
print(f.done(), f.running(), f.set_running_or_notify_cancel(), f.running())
f.set_result(42)
print(f.result(), f.exception())
try:
    f.set_result(1)
except cf.InvalidStateError as e:
    print("InvalidStateError", str(e).split(":")[0])
r = repr(f)
print(r.startswith("<Future at 0x"), r.endswith("state=finished returned int>"))
g = cf.Future()
print(repr(g).endswith("state=pending>"))
g.set_exception(KeyError("k"))
print(repr(g).endswith("state=finished raised KeyError>"), repr(g.exception()))
c = cf.Future()
print(c.cancel(), repr(c).endswith("state=cancelled>"), c.set_running_or_notify_cancel())

# Shutdown: no new work; cancel_futures drops queued work.
ex = cf.ThreadPoolExecutor(1, thread_name_prefix="pool")
g4 = threading.Event()
g4_started = threading.Event()
names = []
running = ex.submit(lambda: (names.append(threading.current_thread().name),
                             g4_started.set(), g4.wait())[2])
later = [ex.submit(square, i) for i in range(3)]
g4_started.wait()
g4_setter = threading.Timer(0.05, g4.set)
g4_setter.start()
ex.shutdown(wait=True, cancel_futures=True)
print(names, running.result(), [f.cancelled() for f in later])
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    cf.ThreadPoolExecutor(0)
except ValueError as e:
    print("ValueError:", e)
try:
    cf.ThreadPoolExecutor(1, initializer=3)
except TypeError as e:
    print("TypeError:", e)


# A failing initializer breaks the pool.
def bad_init():
    raise OSError("no")


import logging
logging.disable(logging.CRITICAL)
ex = cf.ThreadPoolExecutor(1, initializer=bad_init)
f = ex.submit(square, 2)
try:
    f.result()
except cf.thread.BrokenThreadPool as e:
    print("BrokenThreadPool:", e)
ex.shutdown()
logging.disable(logging.NOTSET)

# Initializer and thread names.
seen = []
with cf.ThreadPoolExecutor(2, thread_name_prefix="w", initializer=seen.append, initargs=("init",)) as ex:
    print(ex.submit(lambda: threading.current_thread().name.startswith("w_")).result())
print(seen[:1])

# An executor never shut down: its work still finishes at exit.
ex = cf.ThreadPoolExecutor(2)
printed = threading.Event()
ex.submit(lambda: (printed.wait(), print("finished at exit")))
print("end of script")
printed.set()
