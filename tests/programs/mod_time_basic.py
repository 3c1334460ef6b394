# time.sleep, time.time, time.monotonic, time.perf_counter (no values printed).
import time
t0 = time.monotonic()
p0 = time.perf_counter()
w0 = time.time()
time.sleep(0.02)
t1 = time.monotonic()
p1 = time.perf_counter()
w1 = time.time()
print(t1 >= t0 + 0.015, p1 - p0 >= 0.015, w1 >= w0)
print(type(t0).__name__, type(w0).__name__, type(p0).__name__)
print(w0 > 1600000000)
time.sleep(0)
print(time.monotonic() >= t1)
