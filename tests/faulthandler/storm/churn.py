# Threads start and finish (their states and idents are reused) while the
# main thread dumps every thread again and again into argv[1].
import faulthandler
import sys
import threading

f = open(sys.argv[1], "w")
stop = False


def short():
    pass


def churner():
    while not stop:
        t = threading.Thread(target=short)
        t.start()
        t.join()


churners = [threading.Thread(target=churner) for i in range(3)]
for t in churners:
    t.start()
for i in range(int(sys.argv[2])):
    faulthandler.dump_traceback(file=f)
stop = True
for t in churners:
    t.join()
f.close()
