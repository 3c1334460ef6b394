// The .expected file format written by tools/gen_expected.py, the path
// normalisation both sides of the comparison go through, and a line diff for
// failure messages.
#ifndef INTERP_TESTS_E2E_EXPECTED_OUTPUT_H_
#define INTERP_TESTS_E2E_EXPECTED_OUTPUT_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace interp::testing {

struct ExpectedOutput {
  int status = 0;           // exit status, or -N for death by signal N
  std::string stdout_data;  // normalised (NormaliseOutput)
  std::string stderr_data;  // normalised (NormaliseOutput)
};

// Parses
//   status: <int>\n--- stdout <N>\n<N bytes>\n--- stderr <M>\n<M bytes>\n
absl::StatusOr<ExpectedOutput> ParseExpected(absl::string_view text);

// The placeholder that stands for the corpus directory in .expected files.
inline constexpr absl::string_view kProgramsPlaceholder = "<programs>/";

// Replaces every occurrence of one of `dirs` + "/" in `text`, each spelled
// as given and with its symlinks resolved, by `placeholder`. Why: like
// CPython, interp prints absolute script paths (traceback and SyntaxError
// `File` lines, __file__, faulthandler frames), and a test's directory
// (Bazel's runfiles tree, a temporary directory) differs from the one
// where the expectation was recorded. Nothing else is rewritten.
std::string ReplaceDirectories(absl::string_view text,
                               const std::vector<std::string>& dirs,
                               absl::string_view placeholder);

// Must stay identical to normalise() in tools/gen_expected.py: the corpus
// directories become kProgramsPlaceholder (stdout and stderr alike);
// position markers and everything else stay as printed. `programs_dirs`:
// the directory the programs run in and, when its files are symlinks
// (Bazel's runfiles tree), the directory they point into, which is where
// sys.path[0] and so imported modules' paths lead, as in CPython.
std::string NormaliseOutput(absl::string_view text,
                            const std::vector<std::string>& programs_dirs);

// `text` without the traceback and dump entries of standard-library files:
// CPython's own (`File "/usr/lib/python3.11/..."`) and interp's frozen
// modules (`File "<frozen NAME>"`), each with the source and marker lines
// indented under it. The two libraries are different code (threading's
// bootstrap is Python in CPython, native here), and a traceback names only
// frames that really ran, so the corpus compares the script's frames.
std::string DropLibraryFrames(absl::string_view text);

// A readable line diff ("-" expected, "+" actual, " " context), limited to
// roughly `max_lines` output lines. Empty when the texts are equal.
std::string LineDiff(absl::string_view expected, absl::string_view actual,
                     int max_lines = 80);

}  // namespace interp::testing

#endif  // INTERP_TESTS_E2E_EXPECTED_OUTPUT_H_
