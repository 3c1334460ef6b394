# An exception raised in a handler propagates from where the main thread was.
import signal
class Interrupted(Exception):
    pass
def handler(signum, frame):
    raise Interrupted("signal " + str(signum))
signal.signal(signal.SIGUSR1, handler)
try:
    signal.raise_signal(signal.SIGUSR1)
except Interrupted as e:
    print("caught:", e)
signal.raise_signal(signal.SIGUSR1)
print("never printed")
