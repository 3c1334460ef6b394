# Structured reports: the same dump as JSON, one object per report.
#   interp docs/examples/json_report.py
# (or any script under -X faulthandler_format=json /
# INTERP_FAULTHANDLER_FORMAT=json, without format= in the calls).
import faulthandler
import threading

ready = threading.Event()
release = threading.Event()


def worker():
    ready.set()
    release.wait()


t = threading.Thread(target=worker, name="worker-1")
t.start()
ready.wait()
faulthandler.dump_traceback(format="json")
release.set()
t.join()
