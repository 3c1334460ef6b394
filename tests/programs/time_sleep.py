# time.sleep: argument checks and that it sleeps at least as long as asked;
# time.time / monotonic / perf_counter move forward.
import time

t0 = time.monotonic()
p0 = time.perf_counter()
w0 = time.time()
time.sleep(0.05)
time.sleep(0)
time.sleep(False)
time.sleep(0.01)
print(time.monotonic() - t0 >= 0.06, time.perf_counter() - p0 >= 0.06)
print(time.time() - w0 > 0.03, time.time() > 1.6e9)
print(type(time.monotonic()).__name__, type(time.time()).__name__)
for bad in (-1, -0.5, "1", None, float("nan")):
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    time.sleep()
except TypeError as e:
    print(e)
try:
    time.sleep(1, 2)
except TypeError as e:
    print(e)
