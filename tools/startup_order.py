#!/usr/bin/python3.11
"""Writes interp/startup_order.txt, the link order of the startup code.

`interp -c pass` runs about 500 functions (~200 KB of code) spread over a
2.3 MB text segment; the kernel maps file pages 64 KB at a time around each
fault, so nearly all of the text became resident (2.3 MB of RSS, more than
Lua's whole process). lld's --symbol-ordering-file puts the listed
functions first, next to each other, so a short run touches a few hundred
KB of text instead.

The list is what callgrind sees executed in a few short runs of a built
interp (a copy without debug sections: valgrind 3.19 cannot read clang 14's
DWARF 5). A stale list costs only locality: names that no longer exist are
ignored by the linker (--no-warn-symbol-ordering).

Usage (from the repository root, after `bazel build //interp`):
  tools/startup_order.py [--interp bazel-bin/interp/interp]
"""

import argparse
import os
import pathlib
import re
import subprocess
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "interp" / "startup_order.txt"

# Short runs whose code should be resident together: an empty start, a
# print, an exception with a traceback, a function call and a class.
RUNS = [
    ["-c", "pass"],
    ["-c", "print('hello', 1, 2.5)"],
    ["-c", "def f(n):\n return n + 1\nclass C:\n pass\nf(C and 1)"],
    ["-c", "try:\n 1/0\nexcept ZeroDivisionError as e:\n str(e)"],
]


def executed_functions(binary, args, workdir):
    out = os.path.join(workdir, "callgrind.out")
    subprocess.run(["valgrind", "--tool=callgrind", "--demangle=no",
                    f"--callgrind-out-file={out}", binary] + args,
                   check=True, capture_output=True)
    names = {}
    objects = {}
    current = None
    used = set()
    base = os.path.basename(binary)
    for line in open(out, encoding="utf-8", errors="replace"):
        line = line.rstrip("\n")
        m = re.match(r"^(c?ob)=\((\d+)\)(?: (.*))?$", line)
        if m:
            if m.group(3):
                objects[m.group(2)] = m.group(3)
            if m.group(1) == "ob":
                current = objects[m.group(2)]
            continue
        m = re.match(r"^(c?fn)=\((\d+)\)(?: (.*))?$", line)
        if m:
            if m.group(3):
                names[m.group(2)] = m.group(3)
            if m.group(1) == "fn" and current and \
                    os.path.basename(current) == base:
                # callgrind marks recursion levels as name'2.
                used.add(re.sub(r"'\d+$", "", names[m.group(2)]))
    return used


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--interp", default=str(ROOT / "bazel-bin/interp/interp"))
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        binary = os.path.join(tmp, "interp")
        subprocess.run(["objcopy", "--strip-debug", args.interp, binary],
                       check=True)
        used = set()
        for run in RUNS:
            used |= executed_functions(binary, run, tmp)
    nm = subprocess.run(["nm", args.interp], check=True, capture_output=True,
                        text=True).stdout
    text = {parts[2] for parts in (l.split() for l in nm.splitlines())
            if len(parts) == 3 and parts[1] in "tTwW"}
    order = sorted(used & text)
    OUT.write_text("".join(name + "\n" for name in order))
    print(f"{OUT}: {len(order)} functions")


if __name__ == "__main__":
    main()
