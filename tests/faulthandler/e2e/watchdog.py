# Watchdog scenarios: once, repeat, cancel, exit, rearm, precise.
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
elif mode == "precise":
    # The harness compares when the dump arrives with this start time
    # (both CLOCK_MONOTONIC).
    start = time.monotonic()
    faulthandler.dump_traceback_later(0.250001, exit=True)
    print(repr(start))
    sys.stdout.flush()
    time.sleep(5)
print("done")
