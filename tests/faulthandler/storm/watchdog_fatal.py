# A fatal report while the watchdog dumps every millisecond to the same file.
import faulthandler
import sys
import time

f = open(sys.argv[1], "w")
faulthandler.enable(file=f)
faulthandler.dump_traceback_later(0.001, repeat=True, file=f)
deadline = time.monotonic() + 0.01
while time.monotonic() < deadline:
    pass
faulthandler._sigsegv()
