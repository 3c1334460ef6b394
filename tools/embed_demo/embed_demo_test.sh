#!/bin/sh
# The demo host (SPEC 3): runs its plugin, calls into it from its own thread
# and from an attached worker thread, gets a traceback for a failing call, a
# status (not a process exit) for sys.exit(), stops a runaway script with its
# budget and keeps going; with --crash, a fault in a host function is
# reported with the plugin's script frames and the <native> frame.
set -u
demo="$TEST_SRCDIR/$TEST_WORKSPACE/tools/embed_demo/embed_demo"
fail() { echo "FAIL: $*"; exit 1; }
expect_line() {  # exact line in $out
  printf '%s\n' "$out" | grep -qxF -- "$1" || fail "missing line: $1"
}

out=$("$demo" 2>&1)
status=$?
printf '%s\n' "$out"
[ "$status" -eq 0 ] || fail "exit status $status"
expect_line '[host] plugin loaded'
expect_line '[host] event 7 scaled 70'
expect_line 'on_event(7) returned 8'
expect_line 'bad() failed as expected:'
expect_line 'Traceback (most recent call last):'
expect_line '  File "plugin.py", line 9, in bad'
expect_line 'TypeError: scale() expects one int'
expect_line 'plugin called sys.exit(3); host continues'
expect_line '[host] event 9 scaled 90'
expect_line 'host-worker: on_event(9) returned 10'
expect_line 'runaway script stopped:'
expect_line '  File "runaway.py", line 1, in <module>'
expect_line 'TimeoutError: instruction budget exhausted'
expect_line 'runaway builtin stopped:'
expect_line '  File "runaway_native.py", line 1, in <module>'
expect_line 'after the budget: on_event(1) returned 2'
# Nothing on stderr: the library prints no diagnostics of its own.
err=$("$demo" 2>&1 >/dev/null)
[ -z "$err" ] || fail "unexpected stderr: $err"

# Under a sanitizer build the demo's faulthandler, not the sanitizer, must
# take the fatal signal (other builds ignore these variables).
leave='handle_segv=0:handle_sigbus=0:handle_sigfpe=0:handle_sigill=0:handle_abort=0'
out=$(ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}$leave" \
  TSAN_OPTIONS="${TSAN_OPTIONS:+$TSAN_OPTIONS:}$leave" \
  UBSAN_OPTIONS="${UBSAN_OPTIONS:+$UBSAN_OPTIONS:}$leave" "$demo" --crash 2>&1)
status=$?
printf '%s\n' "$out"
# 128 + SIGSEGV: the process still dies by the signal after the report.
[ "$status" -eq 139 ] || fail "crash exit status $status, want 139"
expect_line 'Fatal error: Segmentation fault'
printf '%s\n' "$out" | grep -qE '^Current thread 0x[0-9a-f]{16} \[MainThread\] \(most recent call first\):$' ||
  fail "no current thread header"
frames=$(printf '%s\n' "$out" | sed -n '/^Current thread 0x/,/^$/p' | sed -n '2,3p')
want='  <native> host.crash
  File "plugin.py", line 15 in crash_here'
[ "$frames" = "$want" ] || fail "frames were: $frames"
echo PASS
