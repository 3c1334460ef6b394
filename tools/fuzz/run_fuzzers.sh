#!/bin/bash
# Runs every fuzz target for a bounded time on a scratch copy of its seed
# corpus (CI, or by hand), one process each, one after the other, niced:
# the machine is shared.
#
#   tools/fuzz/run_fuzzers.sh [SECONDS_PER_TARGET]   (default 60)
#
# Builds the targets first (bazel --config=fuzz: a second full build of the
# runtime, with ASan, UBSan and coverage; see README.md for its cost).
# program_fuzzer, whose inputs come from its custom mutator, is built with
# --config=fuzz-structured (the same without trace-cmp: a third build of
# the runtime, in its own output tree) when FUZZ_STRUCTURED=1, else with
# --config=fuzz like the others.
# Exit status 1 when a target found something (its artifacts and log are
# under $FUZZ_OUT, default /tmp/interp-fuzz-runs), 2 when the build failed.
set -u
cd "$(dirname "$0")/../.."
secs="${1:-60}"
out="${FUZZ_OUT:-/tmp/interp-fuzz-runs}"
# label:corpus directory (relative to the repository).
targets=(
  //tools/fuzz:program_fuzzer:tools/fuzz/program_corpus
  //tools/fuzz:exec_fuzzer:tools/fuzz/exec_corpus
  //tests/compiler:compile_fuzz_test:tests/compiler/corpus
  //tools/fuzz:json_fuzzer:tools/fuzz/json_corpus
  //tools/fuzz:re_fuzzer:tools/fuzz/re_corpus
  //tools/fuzz:embed_fuzzer:tools/fuzz/embed_corpus
  //tools/fuzz:frame_reader_fuzzer:tools/fuzz/frame_reader_corpus
)
labels=()
for t in "${targets[@]}"; do labels+=("${t%:*}"); done
bazel build --config=fuzz "${labels[@]}" || exit 2
structured_bin=
if [ "${FUZZ_STRUCTURED:-0}" = 1 ]; then
  bazel build --config=fuzz-structured //tools/fuzz:program_fuzzer || exit 2
  structured_bin=bazel-out/k8-optfuzzs/bin/tools/fuzz/program_fuzzer
fi
rc=0
for t in "${targets[@]}"; do
  label="${t%:*}"
  corpus="${t##*:}"
  name="${label##*:}"
  # Each config has its own output tree; bazel-bin follows the last build.
  binary="bazel-out/k8-optfuzz/bin/$(echo "${label#//}" | tr ':' '/')"
  if [ "$name" = program_fuzzer ] && [ -n "$structured_bin" ]; then
    binary=$structured_bin
  fi
  dir="$out/$name"
  rm -rf "$dir"
  mkdir -p "$dir/corpus" "$dir/artifacts"
  cp "$corpus"/* "$dir/corpus/"
  extra=()
  case "$name" in
    exec_fuzzer)
      cp tests/programs/*.py "$dir/corpus/"
      extra+=(-dict=tools/fuzz/exec.dict)
      ;;
    compile_fuzz_test) extra+=(-dict=tests/compiler/compile_fuzz_test.dict) ;;
  esac
  INTERP_FUZZ_STATS=1 nice -n 10 "$binary" "${extra[@]}" \
    -max_total_time="$secs" -max_len=4096 -timeout=20 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$dir/artifacts/" \
    "$dir/corpus" > "$dir/log.txt" 2>&1
  status=$?
  echo "$name: exit $status;" \
    "$(grep -E '^stat::(number_of_executed_units|average_exec_per_sec)' \
      "$dir/log.txt" | tr '\n' ' ')" \
    "$(grep -E '^#[0-9]+ +DONE' "$dir/log.txt" | grep -oE 'cov: [0-9]+')"
  if [ $status -ne 0 ]; then
    rc=1
    grep -E 'ERROR|Crash signature|SUMMARY' "$dir/log.txt" | head -5
  fi
done
exit $rc
