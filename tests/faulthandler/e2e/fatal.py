# The runtime's fatal-error path.
import faulthandler
import sys


def fail():
    if sys.argv[1] == "thread":
        faulthandler._fatal_error_c_thread()
    faulthandler._fatal_error("xyz is broken")


faulthandler.enable(c_stack=False)
fail()
