# A dump taken from a signal while generators run: the worker thread is
# inside a generator's body, the main thread sends the signal from inside
# another one, and a suspended generator is on no stack.
import faulthandler
import os
import signal
import threading

faulthandler.register(signal.SIGUSR1)
state = {"started": False, "stop": False}


def spin():
    state["started"] = True
    while not state["stop"]:
        pass
    yield "spun"


def consume():
    for value in spin():
        return value


def parked():
    yield "never resumed"


def kill_inside():
    os.kill(os.getpid(), signal.SIGUSR1)
    yield "after the dump"


suspended = parked()
next(suspended)
worker = threading.Thread(target=consume, name="gen-worker")
worker.start()
while not state["started"]:
    pass
for message in kill_inside():
    print(message)
state["stop"] = True
worker.join()
print("done")
