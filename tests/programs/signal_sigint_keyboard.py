# With the default SIGINT handler, SIGINT becomes KeyboardInterrupt.
import os
import signal
try:
    os.kill(os.getpid(), signal.SIGINT)
    for i in range(1000000):
        pass
    print("not interrupted")
except KeyboardInterrupt:
    print("KeyboardInterrupt caught")
