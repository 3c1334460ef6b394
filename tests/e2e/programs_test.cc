// Differential test: every tests/programs/<name>.py must give exactly the
// exit status, stdout and (normalised) stderr that CPython 3.11 gave when
// tools/gen_expected.py recorded <name>.expected. Both sides go through
// NormaliseOutput: only the corpus's absolute directory is rewritten (it
// differs between the checkout and the runfiles tree); traceback position
// markers are compared exactly.
#include <dirent.h>
#include <limits.h>
#include <stdlib.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "gtest/gtest.h"
#include "tests/e2e/expected_output.h"
#include "tests/e2e/run_process.h"
#include "tests/e2e/test_env.h"

namespace interp::testing {
namespace {

bool ReadFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

// Program file names (`_mod_*` helper modules excluded), sorted. Listing the
// directory at test registration keeps the BUILD glob the only list.
std::vector<std::string> ListPrograms() {
  std::vector<std::string> names;
  if (DIR* dir = opendir(ProgramsDir().c_str())) {
    while (struct dirent* entry = readdir(dir)) {
      absl::string_view name = entry->d_name;
      if (absl::EndsWith(name, ".py") && !absl::StartsWith(name, "_mod_")) {
        names.emplace_back(name);
      }
    }
    closedir(dir);
  }
  std::sort(names.begin(), names.end());
  // A sentinel keeps a missing corpus from passing as "zero tests".
  if (names.empty()) names.push_back("<no programs found>");
  return names;
}

std::string TestName(const ::testing::TestParamInfo<std::string>& info) {
  std::string name(absl::StripSuffix(info.param, ".py"));
  for (char& c : name) {
    if (!absl::ascii_isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

std::string DescribeStatus(int status) {
  return status < 0 ? absl::StrCat("killed by signal ", -status)
                    : absl::StrCat("exit status ", status);
}

class ProgramsTest : public ::testing::TestWithParam<std::string> {};

TEST_P(ProgramsTest, MatchesCPython) {
  const std::string& program = GetParam();
  const std::string dir = ProgramsDir();
  ASSERT_TRUE(absl::EndsWith(program, ".py"))
      << "no programs in " << dir << " (check the BUILD data glob)";
  const std::string stem(absl::StripSuffix(program, ".py"));

  std::string expected_text;
  ASSERT_TRUE(
      ReadFile(absl::StrCat(dir, "/", stem, ".expected"), &expected_text))
      << "missing " << stem << ".expected: run tools/gen_expected.py";
  absl::StatusOr<ExpectedOutput> expected = ParseExpected(expected_text);
  ASSERT_TRUE(expected.ok()) << stem << ".expected: " << expected.status();

  ProcessOptions options;
  options.argv = {InterpBinary(), program};
  options.cwd = dir;
  options.env = ProgramEnv();
  options.timeout = HangTimeout(absl::Seconds(20));
  ReadFile(absl::StrCat(dir, "/", stem, ".stdin"), &options.stdin_data);

  absl::StatusOr<ProcessResult> result = RunProcess(options);
  ASSERT_TRUE(result.ok()) << result.status();
  ASSERT_FALSE(result->timed_out) << program << " timed out after "
                                  << options.timeout << "\nstdout so far:\n"
                                  << result->stdout_data << "\nstderr so far:\n"
                                  << result->stderr_data;

  // In the runfiles tree each program links into the source tree, where
  // sys.path[0] (the script's real directory) and so imported modules lead.
  std::vector<std::string> dirs = {dir};
  char real[PATH_MAX];
  if (realpath(absl::StrCat(dir, "/", program).c_str(), real) != nullptr) {
    std::string source_dir = real;
    source_dir.resize(source_dir.rfind('/'));
    dirs.push_back(source_dir);
  }
  // Library frames are compared on neither side: CPython's are its own
  // Python files, interp's are its own code (DropLibraryFrames).
  const std::string stdout_data =
      DropLibraryFrames(NormaliseOutput(result->stdout_data, dirs));
  const std::string stderr_data =
      DropLibraryFrames(NormaliseOutput(result->stderr_data, dirs));
  const std::string expected_stdout = DropLibraryFrames(expected->stdout_data);
  const std::string expected_stderr = DropLibraryFrames(expected->stderr_data);
  std::string report;
  if (result->status != expected->status) {
    absl::StrAppend(&report, "status: expected ",
                    DescribeStatus(expected->status), ", got ",
                    DescribeStatus(result->status), "\n");
  }
  if (stdout_data != expected_stdout) {
    absl::StrAppend(&report, "stdout differs (- CPython, + interp):\n",
                    LineDiff(expected_stdout, stdout_data));
  }
  if (stderr_data != expected_stderr) {
    absl::StrAppend(&report, "stderr differs (- CPython, + interp):\n",
                    LineDiff(expected_stderr, stderr_data));
  }
  EXPECT_TRUE(report.empty())
      << "tests/programs/" << program << " (run: cd tests/programs && interp "
      << program << ")\n"
      << report;
}

INSTANTIATE_TEST_SUITE_P(Corpus, ProgramsTest,
                         ::testing::ValuesIn(ListPrograms()), TestName);

}  // namespace
}  // namespace interp::testing
