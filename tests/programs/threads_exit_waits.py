# The process exits when the main thread ends and every non-daemon thread
# has finished; daemon threads (spinning, sleeping or blocked) do not keep
# it alive.
import threading
import time

def spin():
    while True:
        pass

def blocked():
    threading.Event().wait()

def sleeper():
    while True:
        time.sleep(0.01)

for f in (spin, blocked, sleeper):
    threading.Thread(target=f, daemon=True).start()

def late(n):
    time.sleep(0.2 + 0.1 * n)
    print("non-daemon thread", n, "finished after main")

for n in range(2):
    threading.Thread(target=late, args=(n,)).start()

def starts_another():
    time.sleep(0.1)
    t = threading.Thread(target=late, args=(5,))
    t.start()

threading.Thread(target=starts_another).start()
print("main thread ends, active:", threading.active_count())
