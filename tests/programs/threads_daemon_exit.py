# The process exits when main ends even though a daemon thread is still blocked;
# it waits for the non-daemon thread to finish first.
import threading
import time
never = threading.Event()
def stuck():
    never.wait()
def slow():
    time.sleep(0.2)
    print("non-daemon thread finished")
threading.Thread(target=stuck, daemon=True).start()
threading.Thread(target=slow).start()
print("main thread ends")
