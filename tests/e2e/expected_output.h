// The .expected file format written by tools/gen_expected.py, the stderr
// normalisation both sides of the comparison go through, and a line diff for
// failure messages.
#ifndef INTERP_TESTS_E2E_EXPECTED_OUTPUT_H_
#define INTERP_TESTS_E2E_EXPECTED_OUTPUT_H_

#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace interp::testing {

struct ExpectedOutput {
  int status = 0;  // exit status, or -N for death by signal N
  std::string stdout_data;
  std::string stderr_data;  // already normalised
};

// Parses
//   status: <int>\n--- stdout <N>\n<N bytes>\n--- stderr <M>\n<M bytes>\n
absl::StatusOr<ExpectedOutput> ParseExpected(absl::string_view text);

// Must stay identical to normalise_stderr() in tools/gen_expected.py:
//  * `  File "<path>", line N...`: the path is reduced to its base name;
//  * lines of only `^`/`~` and blanks that follow a traceback frame's source
//    line (the last `  File` line has `, in `) are dropped; a SyntaxError's
//    caret (its `  File` line has no `, in `) is kept.
std::string NormaliseStderr(absl::string_view text);

// A readable line diff ("-" expected, "+" actual, " " context), limited to
// roughly `max_lines` output lines. Empty when the texts are equal.
std::string LineDiff(absl::string_view expected, absl::string_view actual,
                     int max_lines = 80);

}  // namespace interp::testing

#endif  // INTERP_TESTS_E2E_EXPECTED_OUTPUT_H_
