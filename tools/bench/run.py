#!/usr/bin/python3.11
"""Benchmarks interp against CPython 3.11 and Lua 5.4.

Builds nothing: point it at an interp binary (default
bazel-bin/interp/interp, i.e. `bazel build //interp` first).

Each program in tools/bench/programs/<name>.py (with its Lua twin
<name>.lua) runs N times per interpreter, interleaved (interp, python, lua,
interp, ...) so that machine noise spreads evenly; the table shows medians of
wall-clock seconds. interp's stdout must equal CPython's, otherwise the row
says "wrong output" (exit 0, different stdout) or "not yet supported" (non-zero
exit) with the first error line, and interp is not timed further for it.

Usage:
  tools/bench/run.py [--interp PATH] [-n N] [--quick] [name ...]
  --quick   one run per interpreter, Lua skipped unless --lua-too

A second table times an empty start (`interp -c pass`, `python3.11 -c
pass`, `lua5.4 -e ''`): STARTUP_REPEAT starts per interpreter per run,
interleaved, median wall-clock milliseconds and CPU milliseconds (user +
system) per start, and the peak RSS of one start. It is printed when all
benchmarks run or when "startup" is among the names.
"""

import argparse
import os
import pathlib
import platform
import shutil
import statistics
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent.parent
PROGRAMS = pathlib.Path(__file__).resolve().parent / "programs"


def run_once(argv, cwd, timeout):
    """Returns (seconds, returncode, stdout, stderr); returncode None on timeout."""
    start = time.perf_counter()
    try:
        p = subprocess.run(argv, cwd=cwd, stdin=subprocess.DEVNULL,
                           capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return time.perf_counter() - start, None, b"", b"timeout"
    except OSError as e:
        return 0.0, 127, b"", str(e).encode()
    return time.perf_counter() - start, p.returncode, p.stdout, p.stderr


def first_error_line(stderr: bytes, returncode) -> str:
    if returncode is None:
        return "timeout"
    lines = [l.strip() for l in stderr.decode("utf-8", "replace").splitlines()
             if l.strip()]
    # The exception line of a traceback is its last line; prefer it.
    for line in reversed(lines):
        if "Error" in line or "Exception" in line:
            return line[:120]
    if lines:
        return lines[0][:120]
    return f"exit status {returncode}" if returncode >= 0 else \
        f"killed by signal {-returncode}"


STARTUP_REPEAT = 20


def start_once(argv):
    """Returns (wall seconds, cpu seconds) of one start."""
    start = time.perf_counter()
    pid = os.posix_spawn(argv[0] if os.path.isabs(argv[0])
                         else shutil.which(argv[0]), argv, os.environ,
                         file_actions=[(os.POSIX_SPAWN_OPEN, 0, os.devnull,
                                        os.O_RDONLY, 0)])
    _, status, ru = os.wait4(pid, 0)
    wall = time.perf_counter() - start
    if not os.WIFEXITED(status) or os.WEXITSTATUS(status) != 0:
        raise RuntimeError(f"{argv} failed ({status})")
    return wall, ru.ru_utime + ru.ru_stime


def peak_rss_kib(argv):
    """Peak RSS of one start, measured by /usr/bin/time (a small process
    that forks: a child of this Python process would inherit its ~15 MB
    high-water mark across exec)."""
    p = subprocess.run(["/usr/bin/time", "-f", "%M"] + argv,
                       stdin=subprocess.DEVNULL, capture_output=True,
                       text=True)
    return int(p.stderr.strip().splitlines()[-1])


def startup_table(commands, runs):
    samples = {who: [] for who in commands}
    rss = {who: [] for who in commands}
    for _ in range(runs):
        for _ in range(STARTUP_REPEAT):
            for who, argv in commands.items():
                samples[who].append(start_once(argv))
        for who, argv in commands.items():
            rss[who].append(peak_rss_kib(argv))
    print(f"\n### startup (median of {runs} x {STARTUP_REPEAT} starts, "
          "interleaved)\n")
    print("| command | wall ms | CPU ms | peak RSS MB |")
    print("| --- | ---: | ---: | ---: |")
    for who, argv in commands.items():
        v = samples[who]
        wall = statistics.median(x[0] for x in v) * 1e3
        cpu = statistics.median(x[1] for x in v) * 1e3
        peak = statistics.median(rss[who]) / 1024
        shown = " ".join(a if a else "''" for a in argv)
        print(f"| `{shown}` | {wall:.2f} | {cpu:.2f} | {peak:.2f} |")


def cpu_info():
    model = "unknown CPU"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return model, os.cpu_count()


def version_of(argv):
    try:
        p = subprocess.run(argv, capture_output=True, timeout=10)
        line = (p.stdout or p.stderr).decode(errors="replace").strip() \
            .splitlines()[0]
        return line.split("  ")[0]  # Lua appends "  Copyright ..."
    except (OSError, subprocess.TimeoutExpired, IndexError):
        return "unavailable"


def fmt_s(v):
    return "—" if v is None else f"{v:.3f}"


def fmt_ratio(a, b):
    return "—" if a is None or b is None or b == 0 else f"{a / b:.2f}"


def geomean(values):
    values = [v for v in values if v]
    if not values:
        return None
    return statistics.geometric_mean(values)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--interp", default=str(ROOT / "bazel-bin/interp/interp"))
    ap.add_argument("--python", default="/usr/bin/python3.11")
    ap.add_argument("--lua", default="lua5.4")
    ap.add_argument("-n", "--runs", type=int, default=5)
    ap.add_argument("--quick", action="store_true",
                    help="one run each; skips Lua unless --lua-too")
    ap.add_argument("--lua-too", action="store_true")
    ap.add_argument("--timeout", type=float, default=300.0,
                    help="seconds per single run")
    ap.add_argument("names", nargs="*", help="benchmarks (default: all)")
    args = ap.parse_args()
    # Programs run with their own directory as cwd, so a relative --interp
    # must be resolved against ours first.
    args.interp = os.path.abspath(args.interp)
    runs = 1 if args.quick else max(1, args.runs)
    use_lua = not args.quick or args.lua_too

    want_startup = not args.names or "startup" in args.names
    names = [n for n in args.names if n != "startup"] if args.names else \
        sorted(p.stem for p in PROGRAMS.glob("*.py"))
    have_interp = os.access(args.interp, os.X_OK)
    if not have_interp:
        print(f"note: interp binary {args.interp} not found; "
              "timing python and lua only", file=sys.stderr)

    times = {n: {"interp": [], "python": [], "lua": []} for n in names}
    status = {n: "ok" if have_interp else "no binary" for n in names}
    reference = {}
    interp_out = {}
    for r in range(runs):
        for name in names:
            py_file = f"{name}.py"
            cmds = {"interp": [args.interp, py_file],
                    "python": [args.python, py_file]}
            if use_lua and (PROGRAMS / f"{name}.lua").exists():
                cmds["lua"] = [args.lua, f"{name}.lua"]
            for who, argv in cmds.items():
                if who == "interp" and status[name] != "ok":
                    continue
                secs, rc, out, err = run_once(argv, PROGRAMS, args.timeout)
                if who == "python":
                    if rc != 0:
                        print(f"warning: python failed on {name}: "
                              f"{first_error_line(err, rc)}", file=sys.stderr)
                    reference.setdefault(name, out)
                if who == "interp":
                    if rc != 0:
                        status[name] = "not yet supported: " + \
                            first_error_line(err, rc)
                        continue
                    # CPython runs after interp in round 0; compare later.
                    interp_out.setdefault(name, out)
                times[name][who].append(secs)
            print(f"[run {r + 1}/{runs}] {name} done", file=sys.stderr,
                  flush=True)

    for name in names:
        if status[name] == "ok" and interp_out.get(name) != reference.get(name):
            status[name] = "wrong output"

    model, cores = cpu_info()
    print(f"## interp benchmarks\n")
    print(f"- CPU: {model}, {cores} cores; {platform.system()} "
          f"{platform.release()} {platform.machine()}")
    print(f"- interp: `{args.interp}` "
          f"({version_of([args.interp, '-V']) if have_interp else 'missing'})")
    print(f"- python: {version_of([args.python, '-V'])}; lua: "
          f"{version_of([args.lua, '-v']) if use_lua else 'skipped'}")
    print(f"- median of {runs} run(s), wall-clock seconds, interleaved; "
          f"{time.strftime('%Y-%m-%d %H:%M')}\n")
    print("| benchmark | interp | python3.11 | lua5.4 | interp/python "
          "| interp/lua | status |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | --- |")
    ratios_py, ratios_lua = [], []
    for name in names:
        med = {who: statistics.median(v) if v else None
               for who, v in times[name].items()}
        if status[name] != "ok":
            med["interp"] = None
        if med["interp"] and med["python"]:
            ratios_py.append(med["interp"] / med["python"])
        if med["interp"] and med["lua"]:
            ratios_lua.append(med["interp"] / med["lua"])
        print(f"| {name} | {fmt_s(med['interp'])} | {fmt_s(med['python'])} | "
              f"{fmt_s(med['lua'])} | {fmt_ratio(med['interp'], med['python'])}"
              f" | {fmt_ratio(med['interp'], med['lua'])} | {status[name]} |")
    gp, gl = geomean(ratios_py), geomean(ratios_lua)
    print(f"| **geomean** ({len(ratios_py)} ok) | | | | "
          f"{'—' if gp is None else f'{gp:.2f}'} | "
          f"{'—' if gl is None else f'{gl:.2f}'} | |")
    if want_startup and have_interp:
        commands = {"interp": [args.interp, "-c", "pass"],
                    "python": [args.python, "-c", "pass"]}
        if use_lua:
            commands["lua"] = [args.lua, "-e", ""]
        startup_table(commands, runs)
    return 0 if all(s == "ok" for s in status.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
