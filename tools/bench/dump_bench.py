#!/usr/bin/python3.11
"""Benchmarks the faulthandler's dumper: interp beside CPython 3.11.

Two measurements, each run in both interpreters, interleaved:

  dump      faulthandler.dump_traceback() of 100 threads x 100 frames into a
            regular file: median and best wall time of one dump, measured
            in the script with time.perf_counter(); with --strace also the
            number of write(2) calls one dump makes.
  watchdog  lateness of dump_traceback_later(): the script arms the
            watchdog (timeout 20 ms) while 4 threads spin, and prints the
            CLOCK_MONOTONIC time it armed it; this harness timestamps the
            arrival of each "Timeout (...)!" header on the pipe. Lateness =
            arrival - (armed + timeout), median over the repetitions (it
            includes the harness's own wake-up on the pipe, the same for
            both interpreters).

Usage:
  tools/bench/dump_bench.py [--interp PATH] [--python PATH] [-n N]
                            [--strace] [dump|watchdog ...]
"""

import argparse
import os
import pathlib
import selectors
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent.parent

DUMP_SCRIPT = r'''
import faulthandler
import sys
import threading
import time

threads_n, depth, reps, out_path = (int(sys.argv[1]), int(sys.argv[2]),
                                    int(sys.argv[3]), sys.argv[4])
release = threading.Event()
ready = []
lock = threading.Lock()


def park(n):
    if n > 0:
        return park(n - 1)
    with lock:
        ready.append(1)
    release.wait()


def measure(n):
    if n > 0:
        return measure(n - 1)
    out = open(out_path, "w")
    times = []
    for i in range(reps):
        t = time.perf_counter()
        faulthandler.dump_traceback(file=out)
        times.append(time.perf_counter() - t)
    out.close()
    return times


workers = [threading.Thread(target=park, args=(depth - 2,))
           for i in range(threads_n - 1)]
for t in workers:
    t.start()
while len(ready) < threads_n - 1:
    time.sleep(0.001)
times = measure(depth - 2)
release.set()
for t in workers:
    t.join()
print(" ".join(["%.9f" % t for t in times]))
'''

WATCHDOG_SCRIPT = r'''
import faulthandler
import sys
import threading
import time

reps, timeout = int(sys.argv[1]), float(sys.argv[2])
done = False


def spin():
    x = 0
    while not done:
        x += 1


spinners = [threading.Thread(target=spin) for i in range(4)]
for t in spinners:
    t.start()
time.sleep(0.05)
for i in range(reps):
    armed = time.monotonic()
    faulthandler.dump_traceback_later(timeout, file=sys.stderr)
    print("%.9f" % armed, flush=True)
    time.sleep(timeout * 3)
done = True
for t in spinners:
    t.join()
'''


def run_dump(argv, script, threads_n, depth, reps, out_path, use_strace):
    cmd = argv + [script, str(threads_n), str(depth), str(reps), out_path]
    trace = None
    if use_strace:
        trace = out_path + ".strace"
        cmd = ["strace", "-f", "-qq", "-e", "trace=write", "-o", trace] + cmd
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    if p.returncode != 0:
        sys.exit("dump run failed: %s\n%s" % (cmd, p.stderr[-2000:]))
    times = [float(x) for x in p.stdout.split()]
    writes = None
    if trace is not None:
        # The report file is the only regular file the script writes to
        # in bulk: count the write(2) calls of the largest fd seen with
        # more than a handful of calls, per dump.
        counts = {}
        with open(trace) as f:
            for line in f:
                parts = line.split(None, 1)
                if len(parts) == 2 and parts[1].startswith("write("):
                    fd = parts[1][6:].split(",", 1)[0]
                    counts[fd] = counts.get(fd, 0) + 1
        os.unlink(trace)
        writes = max(counts.values()) / reps if counts else 0
    return times, writes


def run_watchdog(argv, script, reps, timeout):
    cmd = argv + [script, str(reps), str(timeout)]
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    sel = selectors.DefaultSelector()
    sel.register(p.stdout, selectors.EVENT_READ, "out")
    sel.register(p.stderr, selectors.EVENT_READ, "err")
    armed, arrived = [], []
    bufs = {"out": b"", "err": b""}
    open_pipes = 2
    while open_pipes:
        for key, _ in sel.select():
            now = time.monotonic()
            data = os.read(key.fileobj.fileno(), 65536)
            if not data:
                sel.unregister(key.fileobj)
                open_pipes -= 1
                continue
            bufs[key.data] += data
            while b"\n" in bufs[key.data]:
                line, bufs[key.data] = bufs[key.data].split(b"\n", 1)
                if key.data == "out":
                    armed.append(float(line))
                elif line.startswith(b"Timeout ("):
                    arrived.append(now)
    p.wait()
    if p.returncode != 0 or len(arrived) != len(armed):
        sys.exit("watchdog run failed: %s (%d armed, %d dumps)" %
                 (cmd, len(armed), len(arrived)))
    return [a - (t + timeout) for t, a in zip(armed, arrived)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--interp", default=str(ROOT / "bazel-bin/interp/interp"))
    ap.add_argument("--python", default="/usr/bin/python3.11")
    ap.add_argument("-n", type=int, default=5, help="runs per interpreter")
    ap.add_argument("--strace", action="store_true",
                    help="also count write(2) calls per dump")
    ap.add_argument("what", nargs="*", default=["dump", "watchdog"])
    args = ap.parse_args()
    impls = [("interp", [args.interp]),
             ("CPython 3.11", [args.python, "-X", "faulthandler"])]
    with tempfile.TemporaryDirectory() as tmp:
        dump_py = os.path.join(tmp, "dump_target.py")
        watch_py = os.path.join(tmp, "watchdog_target.py")
        with open(dump_py, "w") as f:
            f.write(DUMP_SCRIPT)
        with open(watch_py, "w") as f:
            f.write(WATCHDOG_SCRIPT)
        if "dump" in args.what:
            results = {name: [] for name, _ in impls}
            writes = {}
            for _ in range(args.n):
                for name, argv in impls:
                    t, _ = run_dump(argv, dump_py, 100, 100, 20,
                                    os.path.join(tmp, "report.txt"), False)
                    results[name] += t
            if args.strace:
                for name, argv in impls:
                    _, writes[name] = run_dump(argv, dump_py, 100, 100, 3,
                                               os.path.join(tmp, "r.txt"),
                                               True)
            print("all-thread dump, 100 threads x 100 frames, to a file:")
            for name, _ in impls:
                ts = results[name]
                extra = ("; %.0f write() calls" % writes[name]
                         if name in writes else "")
                print("  %-13s median %7.2f ms, best %7.2f ms (%d dumps)%s" %
                      (name, statistics.median(ts) * 1e3, min(ts) * 1e3,
                       len(ts), extra))
        if "watchdog" in args.what:
            results = {name: [] for name, _ in impls}
            for _ in range(args.n):
                for name, argv in impls:
                    results[name] += run_watchdog(argv, watch_py, 20, 0.02)
            print("watchdog lateness, timeout 20 ms, 4 threads spinning:")
            for name, _ in impls:
                ls = results[name]
                print("  %-13s median %6.3f ms, p90 %6.3f ms (%d timeouts)" %
                      (name, statistics.median(ls) * 1e3,
                       statistics.quantiles(ls, n=10)[-1] * 1e3, len(ls)))


if __name__ == "__main__":
    main()
