"""Parses a stream of faulthandler JSON reports (SPEC 2.5) with Python's
json module and checks every report against the schema.

Usage: check_json_reports.py FILE
Prints one summary line per report:
  reason|signal|crash_signature|threads|first name|first state|first in|stuck
and exits 1 (with the reason on stderr) at the first malformed report.
"""

import json
import re
import sys

HEX16 = re.compile(r"0x[0-9a-f]{16}\Z")
REASONS = {"fatal", "timeout", "signal", "dump_traceback", "no_progress"}
STATES = {"running", "waiting", "joining", "sleeping", "native"}


def fail(i, why, obj=None):
    sys.stderr.write("report %d: %s\n" % (i, why))
    if obj is not None:
        sys.stderr.write(json.dumps(obj)[:2000] + "\n")
    sys.exit(1)


def check_frame(i, f):
    if not isinstance(f, dict):
        fail(i, "frame is not an object")
    if "native" in f:
        if not isinstance(f["native"], str) or len(f) != 1:
            fail(i, "bad native frame %r" % f)
    elif "corrupt" in f:
        if f != {"corrupt": True}:
            fail(i, "bad corrupt frame %r" % f)
    else:
        if set(f) != {"file", "line", "function"}:
            fail(i, "bad script frame keys %r" % sorted(f))
        if not isinstance(f["file"], str) or not isinstance(f["function"], str):
            fail(i, "bad script frame %r" % f)
        if f["line"] is not None and not (isinstance(f["line"], int) and
                                          f["line"] > 0):
            fail(i, "bad line %r" % f)


def check_thread(i, t):
    if not isinstance(t, dict):
        fail(i, "thread is not an object")
    if not isinstance(t.get("id"), str) or not HEX16.match(t["id"]):
        fail(i, "bad thread id %r" % t.get("id"))
    if int(t["id"], 16) != t.get("ident"):
        fail(i, "id and ident differ")
    if not (t.get("name") is None or isinstance(t["name"], str)):
        fail(i, "bad name")
    if not isinstance(t.get("current"), bool):
        fail(i, "bad current")
    if "state" in t:
        if t["state"] not in STATES:
            fail(i, "bad state %r" % t["state"])
        if not isinstance(t.get("progress"), int):
            fail(i, "bad progress")
        if t["state"] != "running" and not isinstance(t.get("in"), str):
            fail(i, "state without 'in'")
    frames = t.get("frames")
    if not isinstance(frames, list):
        fail(i, "frames is not a list")
    for f in frames:
        check_frame(i, f)
    if not isinstance(t.get("frames_omitted"), int):
        fail(i, "bad frames_omitted")


def check(i, r):
    if not isinstance(r, dict):
        fail(i, "not an object")
    if r.get("schema") != "interp.faulthandler.report" or r.get("version") != 1:
        fail(i, "bad schema/version", r)
    if r.get("reason") not in REASONS:
        fail(i, "bad reason", r)
    if not isinstance(r.get("pid"), int) or not isinstance(r.get("time"),
                                                           float):
        fail(i, "bad pid/time", r)
    threads = r.get("threads")
    if not isinstance(threads, list) or not threads:
        fail(i, "no threads", r)
    for t in threads:
        check_thread(i, t)
    if not isinstance(r.get("threads_truncated"), bool):
        fail(i, "bad threads_truncated", r)
    ids = [t["id"] for t in threads]
    if len(set(ids)) != len(ids) and r["reason"] != "fatal":
        fail(i, "a thread shown twice", r)
    sig = ""
    if r["reason"] == "fatal":
        sig = r.get("crash_signature")
        if not isinstance(sig, str) or not re.match(r"[0-9a-f]{16}\Z", sig):
            fail(i, "bad crash_signature", r)
        if not isinstance(r.get("error"), str):
            fail(i, "bad error", r)
        if "c_stack" in r:
            if not isinstance(r["c_stack"], list) or not isinstance(
                    r.get("c_stack_truncated"), bool):
                fail(i, "bad c_stack", r)
            for c in r["c_stack"]:
                if not isinstance(c, dict) or not re.match(
                        r"0x[0-9a-f]+\Z", c.get("address", "")):
                    fail(i, "bad c_stack frame %r" % c)
    if r["reason"] in ("timeout", "no_progress"):
        if not isinstance(r.get("timeout_seconds"), float):
            fail(i, "bad timeout_seconds", r)
    if r["reason"] == "no_progress":
        if threads[0].get("stuck") is not True or threads[0]["id"] != r.get(
                "stuck_thread"):
            fail(i, "the stuck thread is not first", r)
    signal = r.get("signal")
    first = threads[0]
    return "|".join(str(x) for x in (
        r["reason"], signal if signal is not None else "", sig, len(threads),
        first.get("name") or "", first.get("state", ""), first.get("in") or "",
        first.get("stuck", False)))


def main():
    text = open(sys.argv[1], encoding="ascii").read()
    dec = json.JSONDecoder()
    pos = 0
    i = 0
    while True:
        while pos < len(text) and text[pos] in " \t\r\n":
            pos += 1
        if pos == len(text):
            break
        try:
            obj, pos = dec.raw_decode(text, pos)
        except json.JSONDecodeError as e:
            fail(i, "not JSON: %s near %r" % (e, text[pos:pos + 200]))
        print(check(i, obj))
        i += 1


main()
