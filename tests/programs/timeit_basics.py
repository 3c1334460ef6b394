# timeit: Timer with string and callable statements, setup, globals,
# timeit/repeat/autorange, the shortcuts, and the errors. Only
# deterministic facts are printed (counts, types, side effects).
import time
import timeit

print(timeit.default_timer is time.perf_counter)
print(timeit.default_number, timeit.default_repeat)

calls = []


def work():
    calls.append(1)


t = timeit.Timer(work)
r = t.timeit(number=25)
print(type(r).__name__, r >= 0, len(calls))
calls.clear()
rs = t.repeat(repeat=3, number=4)
print(len(rs), all(x >= 0 for x in rs), len(calls))

# A string statement with a setup, in the given globals.
ns = {"log": []}
t = timeit.Timer("log.append(x)", setup="x = len(log)", globals=ns)
t.timeit(3)
t.timeit(2)
print(ns["log"])

# Multi-line statements and setups.
ns = {"out": []}
timeit.timeit("for i in range(2):\n    out.append(i)", "out.append('s')",
              number=2, globals=ns)
print(ns["out"])

# A fake timer makes the result exact.
ticks = iter([10.0, 12.5, 20.0, 20.25])
fake = lambda: next(ticks)
print(timeit.timeit("pass", timer=fake, number=7))
print(timeit.repeat("pass", timer=fake, repeat=1, number=3))

# Callable setup.
seen = []
timeit.Timer(lambda: seen.append("stmt"), setup=lambda: seen.append("setup")).timeit(2)
print(seen)

# autorange with a fake timer: trial k measures 0.06 * k seconds.
clock = [0.0, 0]


def stepping():
    clock[1] += 1
    clock[0] += 0.03 * clock[1]
    return clock[0]


trials = []
n, taken = timeit.Timer("pass", timer=stepping).autorange(
    lambda n, tt: trials.append((n, round(tt, 6))))
print(n, round(taken, 6), trials)

# Names in the statement are looked up in timeit's own namespace unless
# globals is given.
try:
    timeit.timeit("undefined_name", number=1)
except NameError as e:
    print("NameError:", e)
print(timeit.timeit("itertools", number=1) >= 0)

for bad in [dict(stmt=3), dict(setup=3), dict(stmt="x = ("),
            dict(stmt="return 1")]:
    try:
        timeit.Timer(**bad)
    except (ValueError, SyntaxError) as e:
        print(type(e).__name__ + ":", e.args[0])
print(sorted(timeit.__all__))
