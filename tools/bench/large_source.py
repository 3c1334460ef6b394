#!/usr/bin/python3.11
"""Compile-and-run scaling of big generated modules, interp beside CPython.

Writes modules of the given sizes with tools/gen_large_source.py, runs each
under interp and CPython 3.11 (interleaved, N times, median), checks that the
outputs are equal, and prints CPU seconds (user + system, which a loaded
machine distorts less than wall-clock time) and peak RSS. The last column is
the CPU time per megabyte relative to the smallest size: about 1.0 means
linear; a quadratic pass would double it with every doubling of the size.

Usage:
  tools/bench/large_source.py [--interp PATH] [-n N] [--mb 5,20,50]
"""

import argparse
import os
import pathlib
import statistics
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import gen_large_source  # noqa: E402


def run(argv):
    """Returns (cpu seconds, peak RSS in MB, returncode, stdout)."""
    with tempfile.TemporaryFile() as out:
        p = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=out,
                             stderr=subprocess.STDOUT)
        _, status, ru = os.wait4(p.pid, 0)
        out.seek(0)
        text = out.read()
    code = os.waitstatus_to_exitcode(status)
    return ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024, code, text


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--interp", default=str(ROOT / "bazel-bin/interp/interp"))
    ap.add_argument("--python", default="/usr/bin/python3.11")
    ap.add_argument("-n", type=int, default=3)
    ap.add_argument("--mb", default="5,20,50")
    args = ap.parse_args()
    sizes = [float(s) for s in args.mb.split(",")]
    print(f"{'size':>8} {'interp cpu':>11} {'interp RSS':>11} "
          f"{'python cpu':>11} {'python RSS':>11} {'interp s/MB vs first':>21}")
    base = None
    with tempfile.TemporaryDirectory() as tmp:
        for mb in sizes:
            path = os.path.join(tmp, f"large_{mb:g}.py")
            with open(path, "w") as f:
                f.write(gen_large_source.generate(mb))
            real_mb = os.path.getsize(path) / 1e6
            ti, tp, ri, rp = [], [], [], []
            for _ in range(args.n):
                c, r, code, out_i = run([args.interp, path])
                if code != 0:
                    sys.exit(f"interp failed on {mb} MB: {out_i[-500:]!r}")
                ti.append(c)
                ri.append(r)
                c, r, code, out_p = run([args.python, path])
                tp.append(c)
                rp.append(r)
                if out_i != out_p:
                    sys.exit(f"outputs differ on {mb} MB")
            per_mb = statistics.median(ti) / real_mb
            base = base or per_mb
            print(f"{real_mb:7.1f}M {statistics.median(ti):10.2f}s "
                  f"{max(ri):9.0f}MB {statistics.median(tp):10.2f}s "
                  f"{max(rp):9.0f}MB {per_mb / base:21.2f}")


if __name__ == "__main__":
    main()
