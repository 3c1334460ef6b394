#!/usr/bin/env python3
"""Groups a directory of crashing inputs by crash signature and minimises
one input per group (issue 16).

    tools/fuzz/triage.py BINARY CRASH_DIR [--out DIR] [--timeout S]

BINARY is a fuzz target (libFuzzer replays a file given as argument) or any
program that takes the input file as its only argument and, when it
crashes, prints the crash reporter's lines (tools/fuzz/crash_reporter.h):

    Crash kind: asan:heap-use-after-free
    Crash frames: interp::DictSet() < interp::ListAppend()
    Crash signature: 0123456789abcdef

One group per signature; for each, the smallest input is minimised by
delta debugging over lines, then over characters, keeping the signature
(not merely "some crash"), and written to OUT/<signature>.min. The report
(also OUT/triage.txt) lists the groups, biggest first.
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile

SIG_RE = re.compile(rb"^Crash signature: ([0-9a-f]{16})$", re.M)
KIND_RE = re.compile(rb"^Crash kind: (.*)$", re.M)
FRAMES_RE = re.compile(rb"^Crash frames: (.*)$", re.M)


class Runner:
    def __init__(self, binary, timeout):
        self.binary = binary
        self.timeout = timeout
        self.runs = 0
        self.tmpdir = tempfile.mkdtemp(prefix="triage-")

    def run_file(self, path):
        """(signature or None, kind, frames) of one run."""
        self.runs += 1
        env = dict(os.environ)
        # One report, no libFuzzer artifacts in the working directory.
        # Full allocation stacks: the fuzzers' defaults record none
        # (malloc_context_size=0, for speed).
        env.setdefault("ASAN_OPTIONS", "malloc_context_size=30")
        try:
            p = subprocess.run(
                [self.binary, path],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                env=env,
                cwd=self.tmpdir,
                timeout=self.timeout,
            )
            err = p.stderr
        except subprocess.TimeoutExpired:
            return ("timeout", "timeout", "")
        m = SIG_RE.search(err)
        if not m:
            return (None, "", "")
        kind = KIND_RE.search(err)
        frames = FRAMES_RE.search(err)
        return (
            m.group(1).decode(),
            kind.group(1).decode("utf-8", "replace") if kind else "?",
            frames.group(1).decode("utf-8", "replace") if frames else "?",
        )

    def run_bytes(self, data):
        path = os.path.join(self.tmpdir, "candidate")
        with open(path, "wb") as f:
            f.write(data)
        return self.run_file(path)[0]


def ddmin(parts, still_fails, max_tries):
    """Classic delta debugging: a 1-minimal sublist of parts (or as close as
    max_tries test runs allow) for which still_fails holds."""
    n = 2
    tries = 0
    while len(parts) >= 2 and tries < max_tries:
        chunk = max(1, len(parts) // n)
        reduced = False
        for start in range(0, len(parts), chunk):
            candidate = parts[:start] + parts[start + chunk:]
            tries += 1
            if candidate and still_fails(candidate):
                parts = candidate
                n = max(n - 1, 2)
                reduced = True
                break
            if tries >= max_tries:
                break
        if not reduced:
            if chunk == 1:
                break
            n = min(len(parts), n * 2)
    return parts


def minimise(runner, data, signature, max_tries):
    def same(parts_joined):
        return runner.run_bytes(parts_joined) == signature

    lines = data.splitlines(keepends=True)
    lines = ddmin(lines, lambda p: same(b"".join(p)), max_tries)
    data = b"".join(lines)
    chars = [data[i:i + 1] for i in range(len(data))]
    if len(chars) <= 2000:
        chars = ddmin(chars, lambda p: same(b"".join(p)), max_tries)
        data = b"".join(chars)
    return data


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("binary")
    ap.add_argument("crash_dir")
    ap.add_argument("--out", help="output directory (default CRASH_DIR/triage)")
    ap.add_argument("--timeout", type=float, default=30)
    ap.add_argument("--max-tries", type=int, default=400,
                    help="test runs per minimisation pass")
    ap.add_argument("--no-minimise", action="store_true")
    args = ap.parse_args()

    out = args.out or os.path.join(args.crash_dir, "triage")
    os.makedirs(out, exist_ok=True)
    runner = Runner(os.path.abspath(args.binary), args.timeout)
    groups = {}  # signature -> {"kind", "frames", "files"}
    no_crash = []
    for name in sorted(os.listdir(args.crash_dir)):
        path = os.path.abspath(os.path.join(args.crash_dir, name))
        if not os.path.isfile(path):
            continue
        sig, kind, frames = runner.run_file(path)
        if sig is None:
            no_crash.append(name)
            continue
        g = groups.setdefault(sig, {"kind": kind, "frames": frames, "files": []})
        g["files"].append(path)

    lines = []
    for sig, g in sorted(groups.items(), key=lambda kv: -len(kv[1]["files"])):
        smallest = min(g["files"], key=os.path.getsize)
        with open(smallest, "rb") as f:
            data = f.read()
        if not args.no_minimise and sig != "timeout":
            data = minimise(runner, data, sig, args.max_tries)
        min_path = os.path.join(out, sig + ".min")
        with open(min_path, "wb") as f:
            f.write(data)
        lines.append("signature %s  kind %s  inputs %d" %
                     (sig, g["kind"], len(g["files"])))
        lines.append("  frames: %s" % g["frames"])
        lines.append("  minimised (%d bytes, from %s): %s" %
                     (len(data), os.path.basename(smallest), min_path))
        for p in g["files"]:
            lines.append("  - %s" % os.path.basename(p))
    lines.append("%d groups; %d inputs did not crash%s; %d runs" %
                 (len(groups), len(no_crash),
                  (": " + " ".join(no_crash)) if no_crash else "",
                  runner.runs))
    report = "\n".join(lines) + "\n"
    with open(os.path.join(out, "triage.txt"), "w") as f:
        f.write(report)
    sys.stdout.write(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
