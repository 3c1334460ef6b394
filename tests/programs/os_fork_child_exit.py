# A fork child that exits through sys.exit and the normal end of the
# runtime (not os._exit) with its own non-daemon thread still running.
import os
import sys
import threading
import time

# (Threads of the parent that are still running at the fork are covered by
# os_fork_threads.py, whose child leaves through os._exit.)
worker = threading.Thread(target=time.sleep, args=(0.1,), name="parent-worker")
worker.start()
worker.join()
time.sleep(0.05)  # let its OS thread finish exiting too
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    def child_work():
        time.sleep(0.2)
        print("child thread done")
    threading.Thread(target=child_work).start()
    print("child exiting with 4, worker alive here:", worker.is_alive())
    sys.exit(4)
got, status = os.waitpid(pid, 0)
print("child status", os.WIFEXITED(status), os.WEXITSTATUS(status))
pid = os.fork()
if pid == 0:
    raise ValueError("uncaught in child")
got, status = os.waitpid(pid, 0)
print("second child status", os.WEXITSTATUS(status))
