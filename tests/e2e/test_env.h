// Where the end-to-end tests find the interp binary, the program corpus and a
// scratch directory, under `bazel test` and when run by hand.
#ifndef INTERP_TESTS_E2E_TEST_ENV_H_
#define INTERP_TESTS_E2E_TEST_ENV_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "absl/time/time.h"

namespace interp::testing {

// Absolute path of a file of this workspace in the test's runfiles
// ($TEST_SRCDIR/interp/<path>), or relative to the working directory when
// not run by Bazel.
std::string RunfilePath(absl::string_view workspace_relative);

// $INTERP_BIN if set, else the //interp:interp runfile.
std::string InterpBinary();

// $INTERP_PROGRAMS_DIR if set, else the tests/programs runfiles directory.
std::string ProgramsDir();

// $TEST_TMPDIR if set (Bazel cleans it), else /tmp.
std::string TempDir();

// The fixed environment programs run in; must match ENV in
// tools/gen_expected.py (TMPDIR aside, which points at TempDir()).
std::vector<std::string> ProgramEnv();

// A hang guard for a child process that takes `plain` in the default build:
// the sanitizer builds run interp several times slower (ASan 2-4x, TSan
// 5-15x, more on a loaded machine; UBSan 1.5-3x), so their guards are 4x,
// 10x and 2x longer.
// For timeouts that only catch hangs, never for assertions about speed.
absl::Duration HangTimeout(absl::Duration plain);

}  // namespace interp::testing

#endif  // INTERP_TESTS_E2E_TEST_ENV_H_
