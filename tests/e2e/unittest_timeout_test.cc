// `interp -m unittest`: discovery of test_*.py in the current directory,
// CPython's report and exit status, and the per-test timeout
// (-X faulthandler_timeout=SECONDS or --timeout SECONDS) that names the
// hung test and dumps every thread's stack, then exits with status 1.
#include <errno.h>
#include <sys/stat.h>

#include <fstream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/e2e/expected_output.h"
#include "tests/e2e/run_process.h"
#include "tests/e2e/test_env.h"

namespace interp::testing {
namespace {

using ::testing::ContainsRegex;
using ::testing::HasSubstr;
using ::testing::Not;

class UnittestTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = absl::StrCat(
        TempDir(), "/unittest_",
        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    ASSERT_TRUE(mkdir(dir_.c_str(), 0755) == 0 || errno == EEXIST) << dir_;
  }

  void WriteFile(const std::string& name, const std::string& text) {
    std::ofstream out(absl::StrCat(dir_, "/", name), std::ios::binary);
    out << text;
    ASSERT_TRUE(out.good());
  }

  ProcessResult Run(std::vector<std::string> args) {
    ProcessOptions options;
    options.argv = {InterpBinary()};
    options.argv.insert(options.argv.end(), args.begin(), args.end());
    options.cwd = dir_;
    options.env = ProgramEnv();
    options.timeout = HangTimeout(absl::Seconds(60));
    absl::StatusOr<ProcessResult> result = RunProcess(options);
    EXPECT_TRUE(result.ok()) << result.status();
    if (!result.ok()) return ProcessResult{.status = -1000};
    EXPECT_FALSE(result->timed_out);
    result->stdout_data =
        ReplaceDirectories(result->stdout_data, {dir_}, "<dir>/");
    result->stderr_data =
        ReplaceDirectories(result->stderr_data, {dir_}, "<dir>/");
    return *std::move(result);
  }

  std::string dir_;
};

constexpr char kHangingSuite[] =
    "import time\n"
    "import unittest\n"
    "\n"
    "class T(unittest.TestCase):\n"
    "    def test_a_fast(self):\n"
    "        self.assertEqual(1 + 1, 2)\n"
    "\n"
    "    def test_b_hang(self):\n"
    "        time.sleep(120)\n"
    "\n"
    "    def test_c_never_reached(self):\n"
    "        pass\n";

TEST_F(UnittestTest, XOptionTimeoutNamesTheHungTestAndDumpsStacks) {
  WriteFile("test_hang.py", kHangingSuite);
  ProcessResult r =
      Run({"-X", "faulthandler_timeout=1", "-m", "unittest", "-v"});
  EXPECT_EQ(r.status, 1) << r.stderr_data;
  EXPECT_THAT(r.stderr_data,
              HasSubstr("test_a_fast (test_hang.T.test_a_fast) ... ok\n"));
  EXPECT_THAT(r.stderr_data,
              HasSubstr("Timeout: test_b_hang (test_hang.T.test_b_hang) "
                        "still running after 1.0 seconds\n"));
  // Every thread: the main thread inside the hung test, and the watchdog.
  EXPECT_THAT(r.stderr_data, ContainsRegex("Thread 0x[0-9a-f]+ .*MainThread"));
  EXPECT_THAT(r.stderr_data,
              HasSubstr("File \"<dir>/test_hang.py\", line 9 in test_b_hang"));
  EXPECT_THAT(r.stderr_data, Not(HasSubstr("test_c_never_reached")));
}

TEST_F(UnittestTest, CommandLineTimeoutCoversABusyLoop) {
  WriteFile("test_spin.py",
            "import unittest\n"
            "\n"
            "class Spin(unittest.TestCase):\n"
            "    def test_spin(self):\n"
            "        n = 0\n"
            "        while True:\n"
            "            n += 1\n");
  ProcessResult r = Run({"-m", "unittest", "--timeout", "1", "test_spin"});
  EXPECT_EQ(r.status, 1) << r.stderr_data;
  EXPECT_THAT(r.stderr_data,
              HasSubstr("Timeout: test_spin (test_spin.Spin.test_spin) still "
                        "running after 1.0 seconds\n"));
  EXPECT_THAT(r.stderr_data,
              ContainsRegex("File \"<dir>/test_spin.py\", line [67] in "
                            "test_spin"));
}

TEST_F(UnittestTest, NoTimeoutWhenTestsAreQuick) {
  WriteFile("test_quick.py",
            "import unittest\n"
            "\n"
            "class Q(unittest.TestCase):\n"
            "    def test_one(self):\n"
            "        pass\n");
  ProcessResult r = Run({"-X", "faulthandler_timeout=5", "-m", "unittest"});
  EXPECT_EQ(r.status, 0) << r.stderr_data;
  EXPECT_THAT(r.stderr_data, ContainsRegex("^\\.\n-+\nRan 1 test in "));
  EXPECT_THAT(r.stderr_data, HasSubstr("\n\nOK\n"));
  EXPECT_THAT(r.stderr_data, Not(HasSubstr("Timeout")));
}

TEST_F(UnittestTest, DiscoversTestFilesAndReportsFailures) {
  WriteFile("test_one.py",
            "import unittest\n"
            "\n"
            "class A(unittest.TestCase):\n"
            "    def test_ok(self):\n"
            "        pass\n"
            "\n"
            "    def test_bad(self):\n"
            "        self.assertEqual(2, 3)\n");
  WriteFile("test_two.py",
            "import unittest\n"
            "\n"
            "class B(unittest.TestCase):\n"
            "    @unittest.skip('later')\n"
            "    def test_skip(self):\n"
            "        pass\n");
  WriteFile("helper.py", "raise RuntimeError('not a test module')\n");
  ProcessResult r = Run({"-m", "unittest"});
  EXPECT_EQ(r.status, 1) << r.stderr_data;
  EXPECT_THAT(r.stderr_data, HasSubstr("F.s\n"));
  EXPECT_THAT(r.stderr_data,
              HasSubstr("FAIL: test_bad (test_one.A.test_bad)\n"
                        "------------------------------------------------------"
                        "----------------\n"
                        "Traceback (most recent call last):\n"
                        "  File \"<dir>/test_one.py\", line 8, in test_bad\n"
                        "    self.assertEqual(2, 3)\n"
                        "AssertionError: 2 != 3\n"));
  EXPECT_THAT(r.stderr_data, HasSubstr("Ran 3 tests in "));
  EXPECT_THAT(r.stderr_data, HasSubstr("FAILED (failures=1, skipped=1)\n"));
}

}  // namespace
}  // namespace interp::testing
