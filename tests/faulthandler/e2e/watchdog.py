# Watchdog scenarios: once, repeat, cancel, exit, rearm.
import faulthandler
import sys
import time

mode = sys.argv[1]
if mode == "once":
    faulthandler.dump_traceback_later(0.2)
    time.sleep(0.8)
elif mode == "repeat":
    faulthandler.dump_traceback_later(0.1, repeat=True)
    time.sleep(0.55)
    faulthandler.cancel_dump_traceback_later()
    time.sleep(0.3)
elif mode == "cancel":
    faulthandler.dump_traceback_later(0.3)
    faulthandler.cancel_dump_traceback_later()
    faulthandler.cancel_dump_traceback_later()
    time.sleep(0.6)
elif mode == "exit":
    faulthandler.dump_traceback_later(0.1, exit=True)
    time.sleep(5)
    print("not reached")
elif mode == "rearm":
    faulthandler.dump_traceback_later(5)
    faulthandler.dump_traceback_later(0.1)
    time.sleep(0.5)
print("done")
