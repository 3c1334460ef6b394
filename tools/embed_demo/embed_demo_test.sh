#!/bin/sh
# The demo host runs its plugin, calls into it, gets a traceback for a
# failing call and stops a runaway script with its budget.
set -e
out=$("$TEST_SRCDIR/$TEST_WORKSPACE/tools/embed_demo/embed_demo" 2>&1)
echo "$out"
echo "$out" | grep -q '^\[host\] plugin loaded$'
echo "$out" | grep -q '^\[host\] event 7 scaled 70$'
echo "$out" | grep -q '^on_event(7) returned 8$'
echo "$out" | grep -q 'TypeError: scale() expects one int'
echo "$out" | grep -q 'TimeoutError: instruction budget exhausted'
