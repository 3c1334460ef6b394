#!/bin/bash -eu
# Builds the fuzz targets the way OSS-Fuzz / ClusterFuzzLite call a
# project's build.sh: every object with plain $CXX $CXXFLAGS, the fuzzers
# linked with $LIB_FUZZING_ENGINE, and into $OUT each target with
# <name>_seed_corpus.zip (and <name>.dict where there is one). Objects and
# third-party builds go to $WORK.
#
#   tools/fuzz/build.sh                          # local defaults
#   SRC=/src OUT=/out WORK=/work tools/fuzz/build.sh   # OSS-Fuzz layout
#
# The project is found next to this script (tools/fuzz/..), else in
# $SRC/interp, else in the working directory (OSS-Fuzz's WORKDIR).
#
# Dependencies are linked statically, so the fuzzers run on OSS-Fuzz's
# runner images, which have none of them: GMP, libcrypto, libelf, zlib,
# sqlite3, expat, bz2, lzma from their static archives, and Abseil either
#   - from Debian's static archives (libabsl-dev ships libabsl_*.a) when the
#     C++ library is libstdc++ (the default here), or
#   - built from source ($ABSL_SOURCE, default $SRC/abseil-cpp, which the
#     Dockerfile clones) with the same $CXX $CXXFLAGS when CXXFLAGS selects
#     -stdlib=libc++ (OSS-Fuzz's default): Debian's archives are compiled
#     against libstdc++, whose std::string layout differs.
# Also when run as `bash build.sh` (the shebang's -eu is not applied then):
# a failed compile must fail the build, not leave fuzzers unlinked.
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
if [ -d "$here/../../runtime" ]; then
  ROOT="$(cd "$here/../.." && pwd)"
elif [ -n "${SRC:-}" ] && [ -d "$SRC/interp/runtime" ]; then
  ROOT="$SRC/interp"
else
  ROOT="$PWD"
fi
SRC="${SRC:-$(dirname "$ROOT")}"
CXX="${CXX:-clang++}"
CC="${CC:-clang}"
CXXFLAGS="${CXXFLAGS:--O1 -g -fno-omit-frame-pointer \
-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all}"
LIB_FUZZING_ENGINE="${LIB_FUZZING_ENGINE:--fsanitize=fuzzer}"
OUT="${OUT:-/tmp/interp-fuzz-out}"
WORK="${WORK:-/tmp/interp-fuzz-work}"
JOBS="${JOBS:-$(nproc)}"
LIBDIR="${LIBDIR:-/usr/lib/x86_64-linux-gnu}"
mkdir -p "$OUT" "$WORK/obj"

# The sanitizers' own flags must reach the link too (OSS-Fuzz passes
# -fsanitize=... in CXXFLAGS and expects it there).
SANITIZE_LINK=$(printf '%s\n' $CXXFLAGS | grep -E '^-fsanitize=' |
  sed -e 's/fuzzer-no-link,\?//' -e 's/,$//' | grep -vE '^-fsanitize=$' |
  tr '\n' ' ' || true)

# --- Abseil --------------------------------------------------------------
if printf '%s\n' $CXXFLAGS | grep -q '^-stdlib=libc++$'; then
  ABSL_SOURCE="${ABSL_SOURCE:-$SRC/abseil-cpp}"
  [ -d "$ABSL_SOURCE" ] || {
    echo "build.sh: -stdlib=libc++ needs Abseil sources in $ABSL_SOURCE" >&2
    exit 1
  }
  if [ ! -f "$WORK/absl-install/.done" ]; then
    cmake -S "$ABSL_SOURCE" -B "$WORK/absl-build" -DCMAKE_BUILD_TYPE=Release \
      -DCMAKE_CXX_COMPILER="$CXX" -DCMAKE_C_COMPILER="$CC" \
      -DCMAKE_CXX_FLAGS="$CXXFLAGS" -DCMAKE_CXX_STANDARD=20 \
      -DCMAKE_POSITION_INDEPENDENT_CODE=ON -DABSL_BUILD_TESTING=OFF \
      -DCMAKE_INSTALL_PREFIX="$WORK/absl-install"
    cmake --build "$WORK/absl-build" -j "$JOBS" --target install
    touch "$WORK/absl-install/.done"
  fi
  ABSL_INCLUDE="-I$WORK/absl-install/include"
  ABSL_ARCHIVES=$(ls "$WORK"/absl-install/lib*/libabsl_*.a)
else
  ABSL_INCLUDE=""
  ABSL_ARCHIVES=$(ls "$LIBDIR"/libabsl_*.a)
fi
# Static C libraries; --start-group resolves Abseil's internal cycles.
# The same set as the Bazel build's system_* repositories (sqlite3, expat,
# bz2 and lzma came with the _sqlite3, pyexpat, _bz2 and _lzma modules).
STATIC_LIBS="-Wl,--start-group $ABSL_ARCHIVES -Wl,--end-group \
$LIBDIR/libgmp.a $LIBDIR/libcrypto.a $LIBDIR/libelf.a $LIBDIR/libz.a \
$LIBDIR/libsqlite3.a $LIBDIR/libexpat.a $LIBDIR/libbz2.a $LIBDIR/liblzma.a"

cd "$ROOT"
# Library sources: the runtime (without tests), the faulthandler (the
# script module is not needed: the fuzzers replace it) and the fuzz
# tooling shared by the targets.
LIB_SRCS=$(find runtime -name '*.cc' ! -name '*_test.cc' | sort)
LIB_SRCS+=" $(ls faulthandler/*.cc | grep -vE '(module(_startup)?|_test)\.cc$')"
for f in crash_reporter fuzz_signature graph_snapshot program_runner program_generator \
         outcome_stats driver_target; do
  LIB_SRCS+=" tools/fuzz/$f.cc"
done

# The standard modules written in Python are frozen into a generated
# source (Bazel's //runtime/lib:freeze genrule); it lives in $WORK, not in
# the source tree.
mkdir -p "$WORK/gen"
python3 tools/freeze_lib.py runtime/lib "$WORK/gen/frozen_modules.cc.new" \
  $(find runtime/lib -name '*.py' | sort)
if ! cmp -s "$WORK/gen/frozen_modules.cc.new" "$WORK/gen/frozen_modules.cc"; then
  mv "$WORK/gen/frozen_modules.cc.new" "$WORK/gen/frozen_modules.cc"
else
  rm "$WORK/gen/frozen_modules.cc.new"
fi
LIB_SRCS+=" $WORK/gen/frozen_modules.cc"

# The targets fed by the custom mutator (program_fuzzer,
# differential_fuzzer) get their own objects, compiled without libFuzzer's
# compare tracing (trace-cmp, indirect-calls): their mutations do not read
# libFuzzer's compare tables, and the callbacks on every branch halved
# their speed (README.md, fifth pass; Bazel's --config=fuzz-structured).
# Edge coverage is the same. Only with libFuzzer's instrumentation
# (-fsanitize=fuzzer-no-link; OSS-Fuzz's coverage and AFL builds differ)
# and unless STRUCTURED_OBJECTS=0 (one runtime build instead of two).
STRUCTURED_FLAGS=""
if [ "${STRUCTURED_OBJECTS:-1}" != 0 ] &&
  [ "${FUZZING_ENGINE:-libfuzzer}" = libfuzzer ] &&
  printf '%s\n' $CXXFLAGS | grep -qE '^-fsanitize=(.*,)?fuzzer-no-link(,|$)'; then
  STRUCTURED_FLAGS="-fno-sanitize-coverage=trace-cmp,indirect-calls"
fi

# compile <source> [tree]: one object under $WORK/obj, or with `s` under
# $WORK/obj-structured with $STRUCTURED_FLAGS (incremental).
compile() {
  local src="$1" tree="${2:-}"
  local dir="$WORK/obj" extra=""
  if [ "$tree" = s ]; then
    dir="$WORK/obj-structured"
    extra="$STRUCTURED_FLAGS"
  fi
  local obj="$dir/${src//\//_}.o"
  if [ ! -f "$obj" ] || [ "$src" -nt "$obj" ]; then
    mkdir -p "$dir"
    # runtime/embed/public: the public headers, included as
    # "interp/embed/..." (Bazel's strip_include_prefix).
    $CXX $CXXFLAGS $extra -std=c++20 $ABSL_INCLUDE -I"$ROOT" \
      -I"$ROOT/runtime/embed/public" -c "$src" -o "$obj"
  fi
  echo "$obj"
}
export -f compile
export CXX CXXFLAGS STRUCTURED_FLAGS ROOT WORK ABSL_INCLUDE

printf '%s\n' $LIB_SRCS | xargs -P "$JOBS" -I{} bash -c 'compile {}' \
  > "$WORK/objs.txt"
rm -f "$WORK/libinterp.a"
ar rcs "$WORK/libinterp.a" $(cat "$WORK/objs.txt")
if [ -n "$STRUCTURED_FLAGS" ]; then
  printf '%s\n' $LIB_SRCS | xargs -P "$JOBS" -I{} bash -c 'compile {} s' \
    > "$WORK/objs-structured.txt"
  rm -f "$WORK/libinterp-structured.a"
  ar rcs "$WORK/libinterp-structured.a" $(cat "$WORK/objs-structured.txt")
fi

# link_fuzzer <name> <main source> <corpus dir> [dict]; with $TREE=s, the
# structured objects (when built).
link_fuzzer() {
  local name="$1" main="$2" corpus="$3" dict="${4:-}"
  local obj tree="" lib="$WORK/libinterp.a"
  if [ "${TREE:-}" = s ] && [ -n "$STRUCTURED_FLAGS" ]; then
    tree=s
    lib="$WORK/libinterp-structured.a"
  fi
  obj=$(compile "$main" $tree)
  # --whole-archive: builtin modules register themselves from static
  # initializers that nothing references, and the custom mutator is only
  # looked up by libFuzzer.
  $CXX $CXXFLAGS $LIB_FUZZING_ENGINE $SANITIZE_LINK "$obj" \
    -Wl,--whole-archive "$lib" -Wl,--no-whole-archive \
    $STATIC_LIBS -lpthread -lm -ldl -o "$OUT/$name"
  rm -f "$OUT/${name}_seed_corpus.zip"
  (cd "$corpus" && zip -q -r "$OUT/${name}_seed_corpus.zip" .)
  if [ -n "$dict" ]; then cp "$dict" "$OUT/$name.dict"; fi
  echo "built $OUT/$name"
}

# The custom mutator (program_mutator.cc) is not in the library: only the
# program fuzzers link it; exec_fuzzer stays byte-level.
if [ -n "$STRUCTURED_FLAGS" ]; then
  MUTATOR_OBJ=$(compile tools/fuzz/program_mutator.cc s)
else
  MUTATOR_OBJ=$(compile tools/fuzz/program_mutator.cc)
fi
# libFuzzer defaults (-detect_leaks=0 -entropic=0) of the targets that
# reuse one runtime across inputs; not in the library: the compiler and
# frame-reader targets keep libFuzzer's own defaults.
FLAGS_OBJ=$(compile tools/fuzz/reused_runtime_flags.cc)

link_fuzzer compile_fuzzer tests/compiler/compile_fuzz_test.cc \
  tests/compiler/corpus tests/compiler/compile_fuzz_test.dict
link_fuzzer frame_reader_fuzzer tools/fuzz/frame_reader_fuzzer.cc \
  tools/fuzz/frame_reader_corpus
STATIC_LIBS="$FLAGS_OBJ $STATIC_LIBS"
link_fuzzer exec_fuzzer tools/fuzz/exec_fuzzer.cc tools/fuzz/exec_corpus \
  tools/fuzz/exec.dict
# The differential corpus doubles as seeds of the program fuzzers.
zip -q -j "$OUT/exec_fuzzer_seed_corpus.zip" "$ROOT"/tests/programs/*.py
link_fuzzer json_fuzzer tools/fuzz/json_fuzzer.cc tools/fuzz/json_corpus
link_fuzzer re_fuzzer tools/fuzz/re_fuzzer.cc tools/fuzz/re_corpus
link_fuzzer embed_fuzzer tools/fuzz/embed_fuzzer.cc tools/fuzz/embed_corpus
# With the custom mutator, on the structured objects.
STATIC_LIBS="$MUTATOR_OBJ $STATIC_LIBS"
TREE=s link_fuzzer program_fuzzer tools/fuzz/program_fuzzer.cc \
  tools/fuzz/program_corpus
TREE=s link_fuzzer differential_fuzzer tools/fuzz/differential_fuzzer.cc \
  tools/fuzz/differential_corpus
