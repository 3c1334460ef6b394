# Several threads fault at the same moment: one complete report.
import faulthandler
import threading

faulthandler.enable()
go = threading.Event()


def crash():
    go.wait()
    faulthandler._sigsegv(True)


threads = [threading.Thread(target=crash, name="crasher-%d" % i) for i in range(3)]
for t in threads:
    t.start()
go.set()
faulthandler._sigsegv(True)
