# forked.py LOG: a forked child inherits the fatal handlers; the watchdog
# armed in the parent fires in the parent only (its dump goes to LOG), and
# cancelling it in a child returns at once.
import faulthandler
import os
import sys
import time

faulthandler.enable(c_stack=False)
log = open(sys.argv[1], "w")
faulthandler.dump_traceback_later(0.3, file=log)
crasher = os.fork()
if crasher == 0:
    # Outlives the parent's timeout, then crashes with inherited handlers.
    time.sleep(0.6)
    faulthandler._sigsegv()
canceller = os.fork()
if canceller == 0:
    start = time.monotonic()
    faulthandler.cancel_dump_traceback_later()
    print("child cancel fast", time.monotonic() - start < 0.1)
    sys.stdout.flush()
    os._exit(0)
_, status = os.waitpid(crasher, 0)
print("crasher signaled", os.WIFSIGNALED(status), os.WTERMSIG(status))
_, status = os.waitpid(canceller, 0)
print("canceller exited", os.WIFSIGNALED(status), os.WEXITSTATUS(status))
