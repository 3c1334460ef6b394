# os.fork with other threads running: the child keeps only the calling
# thread, can use locks and start threads, and exits cleanly.
import os
import sys
import threading

stop = threading.Event()
started = threading.Event()
held = threading.Lock()

def background():
    with held:
        started.set()
        stop.wait()

bg = threading.Thread(target=background, name="bg")
bg.start()
started.wait()
print("parent active:", threading.active_count())
sys.stdout.flush()

pid = os.fork()
if pid == 0:
    print("child active:", threading.active_count())
    print("child bg alive:", bg.is_alive())
    print("child main is current:", threading.main_thread() is threading.current_thread())
    # The lock was held by a thread that does not exist here.
    print("child held lock locked:", held.locked())
    lock = threading.Lock()
    results = []
    def work(n):
        with lock:
            results.append(n * n)
    ts = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print("child results:", sorted(results))
    ev = threading.Event()
    t = threading.Thread(target=ev.set)
    t.start()
    print("child event:", ev.wait(5))
    t.join()
    sys.stdout.flush()
    os._exit(5)

got, status = os.waitpid(pid, 0)
print("parent waited:", got == pid)
print(os.WIFSIGNALED(status), os.WEXITSTATUS(status))
stop.set()
bg.join()
print("parent active after:", threading.active_count())
