// The `interp` command runs script signal handlers (and Ctrl-C's
// KeyboardInterrupt) while a builtin loops natively -- sum(range(10**12)),
// max(...), "".join(...) -- instead of delaying them until the loop ends,
// which would be never. (CPython checks signals only in some of these
// loops; here every long native loop polls.)
#include <errno.h>
#include <sys/stat.h>

#include <cstring>
#include <fstream>
#include <string>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/e2e/expected_output.h"
#include "tests/e2e/run_process.h"
#include "tests/e2e/test_env.h"

namespace interp::testing {
namespace {

class NativeSignalsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = absl::StrCat(
        TempDir(), "/native_signals_",
        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    ASSERT_TRUE(mkdir(dir_.c_str(), 0755) == 0 || errno == EEXIST) << dir_;
  }

  // Runs `source` as <dir_>/main.py.
  ProcessResult RunScript(const std::string& source) {
    {
      std::ofstream out(absl::StrCat(dir_, "/main.py"), std::ios::binary);
      out << source;
    }
    ProcessOptions options;
    options.argv = {InterpBinary(), "main.py"};
    options.cwd = dir_;
    options.env = ProgramEnv();
    options.timeout = HangTimeout(absl::Seconds(60));
    absl::StatusOr<ProcessResult> result = RunProcess(options);
    EXPECT_TRUE(result.ok()) << result.status();
    if (!result.ok()) return ProcessResult{.status = -1000};
    EXPECT_FALSE(result->timed_out) << "the signal never interrupted it";
    // Script paths are absolute (like CPython); the tests name them relative.
    result->stderr_data = ReplaceDirectories(result->stderr_data, {dir_}, "");
    return *std::move(result);
  }

  std::string dir_;
};

// A handler that raises: the exception surfaces from inside the builtin,
// with the handler's frame on top of the line that called the builtin.
TEST_F(NativeSignalsTest, HandlerRaisesOutOfNativeLoops) {
  for (const char* call :
       {"sum(range(10**12))", "max(range(10**12))",
        "'-'.join(map(str, range(10**12)))", "list(range(10**12))",
        "all(range(1, 10**12))", "sorted(range(10**9))"}) {
    ProcessResult r =
        RunScript(absl::StrCat("import signal\n"
                               "def handler(signum, frame):\n"
                               "    raise ValueError('stopped by SIGALRM')\n"
                               "signal.signal(signal.SIGALRM, handler)\n"
                               "signal.alarm(1)\n"
                               "print(",
                               call, ")\n"));
    EXPECT_EQ(r.status, 1) << call;
    EXPECT_EQ(r.stderr_data,
              absl::StrCat("Traceback (most recent call last):\n"
                           "  File \"main.py\", line 6, in <module>\n"
                           "    print(",
                           call,
                           ")\n"
                           // CPython 3.11 marks the call that was running.
                           "          ",
                           std::string(strlen(call), '^'),
                           "\n"
                           "  File \"main.py\", line 3, in handler\n"
                           "    raise ValueError('stopped by SIGALRM')\n"
                           "ValueError: stopped by SIGALRM\n"))
        << call;
    EXPECT_EQ(r.stdout_data, "") << call;
  }
}

// Ctrl-C (SIGINT, here sent by a script thread, which gets the lock from
// the looping builtin): KeyboardInterrupt, and the process then dies by
// SIGINT like python3.
TEST_F(NativeSignalsTest, CtrlCInterruptsNativeLoop) {
  ProcessResult r = RunScript(
      "import os, signal, threading, time\n"
      "def poke():\n"
      "    time.sleep(0.2)\n"
      "    os.kill(os.getpid(), signal.SIGINT)\n"
      "threading.Thread(target=poke, daemon=True).start()\n"
      "print(sum(range(10**12)))\n");
  EXPECT_EQ(r.status, -2);
  EXPECT_EQ(r.stderr_data,
            "Traceback (most recent call last):\n"
            "  File \"main.py\", line 6, in <module>\n"
            "    print(sum(range(10**12)))\n"
            "          ^^^^^^^^^^^^^^^^^^\n"
            "KeyboardInterrupt\n");
}

// A handler that returns lets the loop carry on: this native loop ends
// only once the handler has run inside it (iter(callable, sentinel) calls
// seen.copy() until it returns [SIGALRM]).
TEST_F(NativeSignalsTest, HandlerRunsInsideTheLoopWhichCarriesOn) {
  ProcessResult r = RunScript(
      "import signal\n"
      "seen = []\n"
      "signal.signal(signal.SIGALRM, lambda s, f: seen.append(s))\n"
      "signal.alarm(1)\n"
      "n = sum(map(len, iter(seen.copy, [signal.SIGALRM])))\n"
      "print(n, seen == [signal.SIGALRM])\n");
  EXPECT_EQ(r.status, 0) << r.stderr_data;
  EXPECT_EQ(r.stdout_data, "0 True\n");
}

}  // namespace
}  // namespace interp::testing
