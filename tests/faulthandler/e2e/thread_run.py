# The bottom frames of script threads: Thread(target=f) shows f itself; an
# overridden run() is a script frame like any other.
import faulthandler
import threading


class Sub(threading.Thread):
    def run(self):
        super().run()


def f():
    faulthandler.dump_traceback(all_threads=False)


t = threading.Thread(target=f, name="plain")
t.start()
t.join()
t = Sub(target=f, name="sub")
t.start()
t.join()
