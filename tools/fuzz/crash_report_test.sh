#!/bin/bash
# End to end: a host crashes in a native function called from a script.
# The report on stderr shows the script frames that led there, the fault
# kind, the native frames that locate the bug and a crash signature
# (fuzz_signature.h) that groups by bug: moving the script's lines
# (testdata/b/crash.py is testdata/a/crash.py with its lines moved) or
# reaching the same native bug from another function (testdata/c), a
# method, or through sorted(key=)/map (testdata/sig/bug1_*) keeps the
# signature; the second planted bug (testdata/sig/bug2.py) has another.
set -u
dir="$TEST_SRCDIR/$TEST_WORKSPACE/tools/fuzz"
harness="$dir/crash_harness"
fail() { echo "FAIL: $*" >&2; exit 1; }

run() {  # run <script> <stderr file>; the harness must die by a signal
  "$harness" "$dir/testdata/$1" 2>"$2"
  local rc=$?
  cat "$2"
  if grep -q 'ERROR: [A-Za-z]*Sanitizer' "$2"; then
    # Under a sanitizer (--config=asan) its report ends the process.
    [ "$rc" -ne 0 ] || fail "$1: exit status 0 after a crash"
  else
    [ "$rc" -gt 128 ] || fail "$1: exit status $rc, expected death by signal"
  fi
}

signature() {
  local lines
  lines=$(grep -cE '^Crash signature: [0-9a-f]{16}$' "$1")
  [ "$lines" -eq 1 ] || fail "$1: $lines crash signature lines, expected 1"
  grep -E '^Crash signature: [0-9a-f]{16}$' "$1" | cut -d' ' -f3
}

tmp="${TEST_TMPDIR:-/tmp}"
run a/crash.py "$tmp/a.err"
run b/crash.py "$tmp/b.err"
run c/crash.py "$tmp/c.err"

for want in '  File ".*a/crash.py", line 4 in handle' \
            '  <native> host.crash' \
            '  File ".*a/crash.py", line 7 in run' \
            '  File ".*a/crash.py", line 9 in <module>'; do
  grep -qE "^$want\$" "$tmp/a.err" || fail "a/crash.py: no line /$want/"
done
grep -qE '^  File ".*b/crash.py", line 8 in handle$' "$tmp/b.err" ||
  fail "b/crash.py: no handle frame"
grep -qE '^  File ".*c/crash.py", line 4 in process$' "$tmp/c.err" ||
  fail "c/crash.py: no process frame"

sa=$(signature "$tmp/a.err") || exit 1
sb=$(signature "$tmp/b.err") || exit 1
sc=$(signature "$tmp/c.err") || exit 1
[ "$sa" = "$sb" ] || fail "line numbers changed the signature: $sa != $sb"
[ "$sa" = "$sc" ] || fail "another script function, another signature: $sa != $sc"
# Under --config=tsan and --config=ubsan the sanitizer's own SIGSEGV report
# ends the process through the death callback, and neither offers ASan's
# interface describing its report: the kind can only read "sanitizer" (the
# report above it names the SEGV).
if grep -qE 'ERROR: (ThreadSanitizer|UndefinedBehaviorSanitizer): SEGV' \
    "$tmp/a.err"; then
  kinds='sanitizer'
else
  kinds='SIGSEGV|asan:[a-zA-Z-]+'
fi
grep -qE "^Crash kind: ($kinds)\$" "$tmp/a.err" ||
  fail "a/crash.py: no 'Crash kind:' line naming the fault"
grep -qE '^Crash frames: .*HostCrash' "$tmp/a.err" ||
  fail "a/crash.py: the crash frames do not name HostCrash"

# One planted bug reached three ways: one signature. Two bugs: two.
for s in bug1_direct bug1_method bug1_map bug2; do
  run "sig/$s.py" "$tmp/$s.err"
done
s1=$(signature "$tmp/bug1_direct.err") || exit 1
s2=$(signature "$tmp/bug1_method.err") || exit 1
s3=$(signature "$tmp/bug1_map.err") || exit 1
s4=$(signature "$tmp/bug2.err") || exit 1
[ "$s1" = "$s2" ] && [ "$s1" = "$s3" ] ||
  fail "one bug, several signatures: $s1 $s2 $s3"
[ "$s1" = "$sa" ] || fail "one bug, several signatures: $s1 $sa"
[ "$s1" != "$s4" ] || fail "two bugs, one signature $s1"
grep -qE '^Crash frames: .*WriteNull' "$tmp/bug2.err" ||
  fail "bug2.py: the crash frames do not name WriteNull"
# The same run twice (a new process, new load addresses): same signature.
run a/crash.py "$tmp/a2.err"
sa2=$(signature "$tmp/a2.err") || exit 1
[ "$sa" = "$sa2" ] || fail "two runs of one script: $sa != $sa2"
echo PASS
