// Runs a child process without a shell: argv is exec'd directly, stdin is fed
// from a string, stdout and stderr are captured separately, and the child
// (with its whole process group) is killed when a timeout expires.
#ifndef INTERP_TESTS_E2E_RUN_PROCESS_H_
#define INTERP_TESTS_E2E_RUN_PROCESS_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/time.h"

namespace interp::testing {

struct ProcessOptions {
  // argv[0] is the program path; it is not searched in PATH.
  std::vector<std::string> argv;
  // Working directory of the child; empty keeps the caller's.
  std::string cwd;
  // Environment as "NAME=value" entries; nullopt inherits the caller's.
  std::optional<std::vector<std::string>> env;
  // Written to the child's stdin, which is then closed (an empty string gives
  // the child an immediately exhausted stdin, never the caller's terminal).
  std::string stdin_data;
  absl::Duration timeout = absl::Seconds(30);
};

struct ProcessResult {
  // Exit status, or -N when the child was killed by signal N (the convention
  // of Python's subprocess, which tools/gen_expected.py records).
  int status = 0;
  bool timed_out = false;
  std::string stdout_data;
  std::string stderr_data;
};

// Starts the child, feeds stdin, collects output until both output pipes are
// closed, and reaps it. The child runs in its own process group so that a
// timeout also kills anything it forked. Errors are reported for failures to
// start (including exec failures, with the child's errno); a child that runs
// and fails is a successful result with a non-zero status.
absl::StatusOr<ProcessResult> RunProcess(const ProcessOptions& options);

}  // namespace interp::testing

#endif  // INTERP_TESTS_E2E_RUN_PROCESS_H_
