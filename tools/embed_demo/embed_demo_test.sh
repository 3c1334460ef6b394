#!/bin/sh
# The demo plugin runner (README "Embedding"): each plugin on its own host
# thread and runtime; the host builds events as dicts, reads results back,
# prints plugin output through a sink; a runaway plugin is stopped by its
# budget (a script `except TimeoutError: pass` cannot swallow it), a memory
# hog by its memory limit, a plugin importing os by the sandbox, a bad
# argument to a native function raises TypeError; with --crash, a crash in
# a native function is reported under the plugin thread's name with the
# <native> frame and the script frames that called it.
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
expect_line "[counter stdout] counter saw 7 ['demo', 'counter']"
expect_line "[counter] on_event(7) -> {'count': 1, 'scaled': 70}"
expect_line "[counter] on_event(9) -> {'count': 2, 'scaled': 90}"
expect_line '[runaway] on_event(1) failed: TimeoutError: instruction budget exhausted'
expect_line '[runaway] on_event(2) failed: TimeoutError: instruction budget exhausted'
expect_line '[hog] on_event(1) failed: MemoryError: '
expect_line '[bad] on_event(3) failed: TypeError: scale() expects an int'
expect_line "[sneaky] on_event(4) failed: ImportError: import of 'os' is not allowed by the host"
expect_line '[host] counter called host.scale 2 time(s)'
# Nothing on stderr: the library prints no diagnostics of its own.
err=$("$demo" 2>&1 >/dev/null)
[ -z "$err" ] || fail "unexpected stderr: $err"

# Under a sanitizer build the demo's crash reports, not the sanitizer, must
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
printf '%s\n' "$out" | grep -qE '^Current thread 0x[0-9a-f]{16} \[plugin-crasher\] \(most recent call first\):$' ||
  fail "no current thread header"
frames=$(printf '%s\n' "$out" | sed -n '/^Current thread 0x/,/^$/p' | sed -n '2,4p')
want='  <native> host.crash
  File "crasher.py", line 3 in crash_here
  File "crasher.py", line 5 in on_event'
[ "$frames" = "$want" ] || fail "frames were: $frames"
echo PASS
