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

Normalisation (the e2e test applies the same to interp's output): like
CPython, interp prints absolute script paths (tracebacks, SyntaxError
locations, __file__), and the absolute directory of the corpus differs
between this checkout and Bazel's runfiles tree. So in stdout and stderr
every occurrence of that directory followed by `/` (as given and with
symlinks resolved) becomes `<programs>/`; the e2e test also maps the
source directory its runfiles link to (where sys.path[0], the script's
real directory, leads imports). Nothing else is rewritten: the
`^^^^`/`~~~^~~~` position markers under traceback source lines are compared
exactly.

Usage: tools/gen_expected.py [--check] [name.py ...]
  --check  do not write; report programs whose output differs from the
           stored .expected or from a second run with another hash seed
           (nondeterminism detector).
"""

import os
import pathlib
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

PROGRAMS_PLACEHOLDER = "<programs>/"


def normalise(text: str) -> str:
    dirs = {str(PROGRAMS), os.path.realpath(PROGRAMS)}
    for d in sorted(dirs, key=len, reverse=True):
        text = text.replace(d.rstrip("/") + "/", PROGRAMS_PLACEHOLDER)
    return text


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
    stdout = normalise(p.stdout.decode("utf-8", "surrogateescape"))
    stderr = normalise(p.stderr.decode("utf-8", "surrogateescape"))
    return (p.returncode, stdout.encode("utf-8", "surrogateescape"),
            stderr.encode("utf-8", "surrogateescape"))


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
