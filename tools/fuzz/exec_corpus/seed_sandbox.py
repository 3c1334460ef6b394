import os, time, sys
print(os.getpid(), time.time(), time.sleep(1))
try:
    open("x", "w")
except OSError as e:
    print("blocked", e)
print("hi", file=sys.stderr)
sys.stdout.flush()
