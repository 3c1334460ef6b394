#!/usr/bin/python3.11
"""Generates tests/programs/<name>.expected from CPython 3.11 (the oracle).

Each program tests/programs/<name>.py (helper modules `_mod_*.py` excepted)
runs as `python3.11 <name>.py` with cwd = tests/programs, a fixed environment
(see ENV) and, when tests/programs/<name>.stdin exists, that file on stdin.

.expected format (parsed by tests/e2e/programs_test.cc; byte counts make it
exact even when an output does not end in a newline):

    status: <exit status, or -<signal> when killed by a signal>
    --- stdout <N>
    <exactly N bytes of stdout>
    --- stderr <M>
    <exactly M bytes of normalised stderr>

Normalisation of stderr (the e2e test applies the same to interp's output):
  * In `  File "<path>", line N...` lines the path is reduced to its base
    name: CPython prints the absolute script path, interp may print the path
    as given, and the test runs from Bazel's runfiles tree.
  * The `^^^^`/`~~~~` position markers CPython 3.11 prints under traceback
    source lines are dropped (interp does not print them), but the caret
    under a SyntaxError's offending line is kept. A marker line belongs to a
    traceback frame when the last `  File` line before it ends in
    `, in <name>`; a SyntaxError location line has no `, in`.

Usage: tools/gen_expected.py [--check] [name.py ...]
  --check  do not write; report programs whose output differs from the
           stored .expected or from a second run with another hash seed
           (nondeterminism detector).
"""

import os
import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
PROGRAMS = ROOT / "tests" / "programs"
PYTHON = "/usr/bin/python3.11"
TIMEOUT_S = 60
# Kept in sync with kProgramEnv in tests/e2e/programs_test.cc.
ENV = {
    "PATH": "/bin:/usr/bin",
    "LANG": "C.UTF-8",
    "LC_ALL": "C.UTF-8",
    "PYTHONHASHSEED": "0",
    "PYTHONIOENCODING": "utf-8",
    "PYTHONDONTWRITEBYTECODE": "1",
    "HOME": "/tmp",
    "TMPDIR": "/tmp",
}

_FILE_LINE = re.compile(r'^(  File ")([^"]*)(", line \d+.*)$')
_MARKER_LINE = re.compile(r"^[ \t]*[\^~][\^~ \t]*$")


def normalise_stderr(text: str) -> str:
    out = []
    in_frame = False  # last `File` line was a traceback frame (has `, in`)
    for line in text.split("\n"):
        m = _FILE_LINE.match(line)
        if m:
            line = m.group(1) + os.path.basename(m.group(2)) + m.group(3)
            in_frame = ", in " in m.group(3)
        elif not line.startswith(" "):
            in_frame = False  # exception line, header or free text
        if in_frame and _MARKER_LINE.match(line):
            continue
        out.append(line)
    return "\n".join(out)


def program_files(names):
    if names:
        return [PROGRAMS / n for n in names]
    return sorted(p for p in PROGRAMS.glob("*.py")
                  if not p.name.startswith("_mod_"))


def run(prog: pathlib.Path, hashseed: str = "0"):
    stdin_path = prog.with_suffix(".stdin")
    stdin_data = stdin_path.read_bytes() if stdin_path.exists() else b""
    env = dict(ENV, PYTHONHASHSEED=hashseed)
    # PYTHONHASHSEED is also read by programs (mod_os_environ.py); only the
    # nondeterminism check varies it, and then it compares everything else.
    try:
        p = subprocess.run([PYTHON, prog.name], cwd=PROGRAMS, env=env,
                           input=stdin_data, capture_output=True,
                           timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        return None
    stderr = normalise_stderr(p.stderr.decode("utf-8", "surrogateescape"))
    return p.returncode, p.stdout, stderr.encode("utf-8", "surrogateescape")


def format_expected(status, stdout: bytes, stderr: bytes) -> bytes:
    return (b"status: %d\n--- stdout %d\n" % (status, len(stdout)) + stdout +
            b"\n--- stderr %d\n" % len(stderr) + stderr + b"\n")


def main(argv):
    check = "--check" in argv
    names = [a for a in argv if not a.startswith("--")]
    bad = 0
    for prog in program_files(names):
        res = run(prog)
        if res is None:
            print(f"TIMEOUT {prog.name}")
            bad += 1
            continue
        data = format_expected(*res)
        exp = prog.with_suffix(".expected")
        if check:
            again = run(prog, hashseed="12345")
            if again is None or format_expected(*again) != data:
                if "PYTHONHASHSEED" not in prog.read_text():
                    print(f"NONDETERMINISTIC {prog.name}")
                    bad += 1
            if not exp.exists() or exp.read_bytes() != data:
                print(f"STALE {prog.name}")
                bad += 1
        else:
            exp.write_bytes(data)
    if not check:
        # Drop .expected files whose program is gone.
        for exp in PROGRAMS.glob("*.expected"):
            if not exp.with_suffix(".py").exists() and not names:
                exp.unlink()
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
