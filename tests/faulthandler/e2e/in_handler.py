# A fault inside a script signal handler.
import faulthandler
import os
import signal

faulthandler.enable(c_stack=False)


def on_usr1(signum, frame):
    faulthandler._sigsegv()


signal.signal(signal.SIGUSR1, on_usr1)
os.kill(os.getpid(), signal.SIGUSR1)
x = 0
for i in range(1000):
    x += i
