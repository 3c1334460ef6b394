# Uncaught RuntimeError from joining the current thread, in a thread and
# in the main thread: tracebacks of the frames that ran.
import threading
def selfjoin():
    threading.current_thread().join()
t = threading.Thread(target=selfjoin, name="selfjoin")
t.start()
t.join()
threading.main_thread().join()
