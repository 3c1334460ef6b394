# A forked child inherits the handlers; the parent's watchdog does not
# fire in the child, and cancelling there returns at once.
import faulthandler
import os
import time

faulthandler.enable(c_stack=False)
faulthandler.dump_traceback_later(0.3)
pid = os.fork()
if pid == 0:
    start = time.monotonic()
    faulthandler.cancel_dump_traceback_later()
    print("child cancel fast", time.monotonic() - start < 0.1)
    time.sleep(0.5)
    faulthandler._sigsegv()
faulthandler.cancel_dump_traceback_later()
pid2, status = os.waitpid(pid, 0)
print("child signaled", os.WIFSIGNALED(status), os.WTERMSIG(status))
