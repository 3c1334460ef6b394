# Script signal handlers run promptly while the main thread is blocked in
# time.sleep, Thread.join, Lock.acquire and Event.wait (a signal sent from
# another thread); the call resumes afterwards (PEP 475), or the handler's
# exception propagates out of it.
import os
import signal
import threading
import time

hits = []
def handler(signum, frame):
    hits.append(signum)
    print("handler ran", len(hits))

signal.signal(signal.SIGUSR1, handler)

def send_later(delay=0.1, sig=signal.SIGUSR1):
    def run():
        time.sleep(delay)
        os.kill(os.getpid(), sig)
    t = threading.Thread(target=run)
    t.start()
    return t

# sleep: the handler runs, then the sleep goes on for the remaining time.
t = send_later()
t0 = time.monotonic()
time.sleep(0.5)
el = time.monotonic() - t0
t.join()
print("sleep resumed:", el >= 0.45, el < 5)

# join: a thread that ends a while after the signal.
def slow():
    time.sleep(0.4)
t = threading.Thread(target=slow)
t.start()
s = send_later()
t.join()
print("join done:", t.is_alive(), len(hits))
s.join()

# Lock.acquire: released by another thread later.
lock = threading.Lock()
lock.acquire()
def release_later():
    time.sleep(0.4)
    lock.release()
r = threading.Thread(target=release_later)
r.start()
s = send_later()
print("acquired:", lock.acquire())
r.join(); s.join()
lock.release()

# Event.wait with a timeout: resumes and times out.
ev = threading.Event()
s = send_later()
t0 = time.monotonic()
print("wait result:", ev.wait(0.5))
print("waited long enough:", time.monotonic() - t0 >= 0.45)
s.join()

# A handler that raises interrupts the blocking call.
class Interrupted(Exception):
    pass
def raiser(signum, frame):
    raise Interrupted("signal %d" % signum)
signal.signal(signal.SIGUSR2, raiser)

for name in ("sleep", "join", "acquire", "wait"):
    s = send_later(0.1, signal.SIGUSR2)
    t0 = time.monotonic()
    blocker = None
    try:
        if name == "sleep":
            time.sleep(30)
        elif name == "join":
            stopper = threading.Event()
            blocker = threading.Thread(target=stopper.wait)
            blocker.start()
            blocker.join()
        elif name == "acquire":
            lk = threading.Lock()
            lk.acquire()
            lk.acquire()
        else:
            threading.Event().wait()
        print(name, "not interrupted")
    except Interrupted as e:
        print(name, "interrupted:", e, time.monotonic() - t0 < 10)
    s.join()
    if blocker is not None:
        stopper.set()
        blocker.join()
print("hits", len(hits))
