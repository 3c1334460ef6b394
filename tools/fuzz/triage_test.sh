#!/bin/bash
# The triage tool groups a crash directory by signature and minimises one
# input per group: the planted bug of crash_harness reached three ways is
# one group, the second planted bug another, a harmless input none; the
# minimised input of a group still crashes with that group's signature.
set -u
dir="$TEST_SRCDIR/$TEST_WORKSPACE/tools/fuzz"
fail() { echo "FAIL: $*" >&2; exit 1; }
tmp="${TEST_TMPDIR:-/tmp}/triage"
rm -rf "$tmp" && mkdir -p "$tmp/crashes"
cp "$dir"/testdata/sig/*.py "$tmp/crashes/"
echo 'print("harmless")' > "$tmp/crashes/harmless.py"
python3 "$dir/triage.py" "$dir/crash_harness" "$tmp/crashes" \
  --out "$tmp/out" --timeout 60 > "$tmp/report.txt" || fail "triage failed"
cat "$tmp/report.txt"
[ "$(grep -c '^signature ' "$tmp/report.txt")" -eq 2 ] || fail "not 2 groups"
grep -qE '^signature [0-9a-f]{16} .* inputs 3$' "$tmp/report.txt" ||
  fail "no group of the 3 bug1 inputs"
grep -qE '^signature [0-9a-f]{16} .* inputs 1$' "$tmp/report.txt" ||
  fail "no group of bug2"
grep -q '1 inputs did not crash: harmless.py' "$tmp/report.txt" ||
  fail "harmless.py not reported as not crashing"
for min in "$tmp"/out/*.min; do
  sig=$(basename "$min" .min)
  "$dir/crash_harness" "$min" 2>"$tmp/min.err"
  grep -q "^Crash signature: $sig\$" "$tmp/min.err" ||
    fail "$min does not reproduce $sig"
done
# bug1 minimised below its smallest input (bug1_direct.py).
big=$(wc -c < "$dir/testdata/sig/bug1_direct.py")
small=$(for m in "$tmp"/out/*.min; do wc -c < "$m"; done | sort -n | head -1)
[ "$small" -lt "$big" ] || fail "nothing was minimised ($small >= $big)"
echo PASS
