#!/bin/bash
# Runs every fuzz target for a bounded time on a scratch copy of its seed
# corpus (CI, or by hand), one job each, niced: the machine is shared.
#
#   tools/fuzz/run_fuzzers.sh [SECONDS_PER_TARGET]   (default 60)
#
# Exit status 1 when a target found something (its artifacts are under
# $FUZZ_OUT, default /tmp/interp-fuzz-runs).
set -u
cd "$(dirname "$0")/../.."
secs="${1:-60}"
out="${FUZZ_OUT:-/tmp/interp-fuzz-runs}"
targets=(exec_fuzzer program_fuzzer json_fuzzer re_fuzzer embed_fuzzer
         frame_reader_fuzzer)
bazel build --config=fuzz $(printf '//tools/fuzz:%s ' "${targets[@]}") ||
  exit 2
rc=0
for t in "${targets[@]}"; do
  dir="$out/$t"
  mkdir -p "$dir/corpus" "$dir/artifacts"
  case "$t" in
    exec_fuzzer) cp tools/fuzz/exec_corpus/* tests/programs/*.py "$dir/corpus/" ;;
    *) cp tools/fuzz/${t%_fuzzer}_corpus/* "$dir/corpus/" ;;
  esac
  extra=()
  [ "$t" = exec_fuzzer ] && extra+=(-dict=tools/fuzz/exec.dict)
  INTERP_FUZZ_STATS=1 nice -n 10 "bazel-bin/tools/fuzz/$t" "${extra[@]}" \
    -max_total_time="$secs" -max_len=4096 -timeout=20 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$dir/artifacts/" \
    "$dir/corpus" > "$dir/log.txt" 2>&1
  status=$?
  echo "$t: exit $status; $(grep -E '^stat::number_of_executed_units|^stat::average_exec_per_sec' "$dir/log.txt" | tr '\n' ' ')"
  [ $status -eq 0 ] || rc=1
done
exit $rc
