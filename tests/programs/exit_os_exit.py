# os._exit ends the process at once: no finally, status as given.
import os
try:
    print("flushed before _exit", flush=True)
    os._exit(6)
finally:
    print("never printed")
