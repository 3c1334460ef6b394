#!/bin/bash -eu
# Builds the fuzz targets the way OSS-Fuzz's build.sh would: plain $CXX
# with $CXXFLAGS for every object, $LIB_FUZZING_ENGINE at link time, and
# into $OUT each target with <name>_seed_corpus.zip and <name>.dict.
#
#   tools/fuzz/build.sh                 # defaults: ASan+UBSan+libFuzzer
#   OUT=/tmp/fz tools/fuzz/build.sh
#
# Outside OSS-Fuzz the variables default to a local libFuzzer build. The
# sources are the same ones the Bazel targets use (//runtime,
# //faulthandler, //tools/fuzz, //tests/compiler); Abseil is the system's
# (libabsl-dev), as in the Bazel build.
SRC="$(cd "$(dirname "$0")/../.." && pwd)"
CXX="${CXX:-clang++}"
CXXFLAGS="${CXXFLAGS:--O1 -g -fno-omit-frame-pointer \
-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all}"
LIB_FUZZING_ENGINE="${LIB_FUZZING_ENGINE:--fsanitize=fuzzer}"
OUT="${OUT:-/tmp/interp-fuzz-out}"
WORK="${WORK:-$(mktemp -d)}"
JOBS="${JOBS:-$(nproc)}"
mkdir -p "$OUT" "$WORK/obj"

# The sanitizers' own flags must reach the link too (OSS-Fuzz passes
# -fsanitize=... in CXXFLAGS and expects it there).
SANITIZE_LINK=$(printf '%s\n' $CXXFLAGS | grep -E '^-fsanitize=' |
  sed -e 's/fuzzer-no-link,\?//' -e 's/,$//' | grep -vE '^-fsanitize=$' |
  tr '\n' ' ' || true)

cd "$SRC"
# Library sources: the runtime (without tests) and the faulthandler (the
# script module is not needed: the fuzzers replace it).
LIB_SRCS=$(find runtime -name '*.cc' ! -name '*_test.cc' | sort)
LIB_SRCS+=" $(ls faulthandler/*.cc | grep -vE 'module(_startup)?\.cc$')"
LIB_SRCS+=" tools/fuzz/crash_reporter.cc"

compile() {  # compile <source>: one object under $WORK/obj
  local src="$1"
  local obj="$WORK/obj/${src//\//_}.o"
  $CXX $CXXFLAGS -std=c++20 -I"$SRC" -c "$src" -o "$obj"
  echo "$obj"
}
export -f compile
export CXX CXXFLAGS SRC WORK

printf '%s\n' $LIB_SRCS | xargs -P "$JOBS" -I{} bash -c 'compile {}' \
  > "$WORK/objs.txt"
rm -f "$WORK/libinterp.a"
ar rcs "$WORK/libinterp.a" $(cat "$WORK/objs.txt")

ABSL_LIBS=$(ls /usr/lib/x86_64-linux-gnu/libabsl_*.so |
  sed -e 's|.*/lib\(absl_.*\)\.so|-l\1|' | tr '\n' ' ')

link_fuzzer() {  # link_fuzzer <name> <main source> <corpus dir> <dict>
  local name="$1" main="$2" corpus="$3" dict="$4"
  local obj
  obj=$(compile "$main")
  # --whole-archive: builtin modules register themselves from static
  # initializers that nothing references.
  $CXX $CXXFLAGS $LIB_FUZZING_ENGINE $SANITIZE_LINK "$obj" \
    -Wl,--whole-archive "$WORK/libinterp.a" -Wl,--no-whole-archive \
    -Wl,--push-state,--as-needed $ABSL_LIBS -Wl,--pop-state \
    -lpthread -lm -o "$OUT/$name"
  rm -f "$OUT/${name}_seed_corpus.zip"
  (cd "$corpus" && zip -q -r "$OUT/${name}_seed_corpus.zip" .)
  # The differential corpus doubles as seeds (Bazel names them one by one).
  zip -q -j "$OUT/${name}_seed_corpus.zip" "$SRC"/tests/programs/*.py
  cp "$dict" "$OUT/$name.dict"
  echo "built $OUT/$name"
}

link_fuzzer exec_fuzzer tools/fuzz/exec_fuzzer.cc tools/fuzz/exec_corpus \
  tools/fuzz/exec.dict
link_fuzzer compile_fuzzer tests/compiler/compile_fuzz_test.cc \
  tests/compiler/corpus tests/compiler/compile_fuzz_test.dict
