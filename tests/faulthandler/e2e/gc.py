# A watchdog dumping every millisecond while the main thread allocates: some
# dumps catch it collecting garbage.
import faulthandler


def churn():
    return [(i, i) for i in range(2000)]


keep = [None] * 20
rounds = range(600)
faulthandler.dump_traceback_later(0.001, repeat=True)
for n in rounds:
    keep[n % 20] = churn()
faulthandler.cancel_dump_traceback_later()
