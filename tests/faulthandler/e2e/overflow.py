# A native stack overflow in a worker thread, reported from its
# alternate signal stack.
import faulthandler
import threading

faulthandler.enable(c_stack=False)


def run():
    faulthandler._stack_overflow()


t = threading.Thread(target=run, name="deep")
t.start()
t.join()
