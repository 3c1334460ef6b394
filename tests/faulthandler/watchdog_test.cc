// dump_traceback_later: timing, repeat, cancel, re-arm, exit, fork.
#include <signal.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <chrono>
#include <string>
#include <thread>

#include "faulthandler/faulthandler.h"
#include "gtest/gtest.h"
#include "runtime/frames/code_info.h"
#include "runtime/frames/thread_registry.h"
#include "tests/core/test_frames.h"
#include "tests/faulthandler/test_util.h"

namespace interp::faulthandler {
namespace {

using std::chrono::milliseconds;
using testing::Capture;
using testing::CountOf;
using testing::FullMatch;

class WatchdogTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ts_ = AttachThreadState(nullptr, true);
    ts_->SetName("MainThread", 10);
    LineEntry line = {0, 12};
    ci_ = NewCodeInfo("hang", "hang.py", &line, 1, 12);
    testing::PushScriptFrame(ts_, ci_, 0);
  }
  void TearDown() override {
    CancelDumpTracebackLater();
    testing::PopFrame(ts_);
    DetachThreadState(ts_);
    FreeCodeInfo(ci_);
  }
  ThreadState* ts_;
  CodeInfo* ci_;
};

const char kBlock[] =
    "Thread 0x[0-9a-f]{16} \\[MainThread\\] \\(running, most recent call "
    "first\\):\n"
    "  File \"hang\\.py\", line 12 in hang\n";

TEST_F(WatchdogTest, DumpsAllThreadsAfterTheTimeout) {
  Capture cap;
  auto start = std::chrono::steady_clock::now();
  ASSERT_TRUE(DumpTracebackLater({.timeout_us = 100000, .fd = cap.fd()}).ok());
  while (cap.Read().empty() &&
         std::chrono::steady_clock::now() - start < std::chrono::seconds(10)) {
    std::this_thread::sleep_for(milliseconds(5));
  }
  auto elapsed = std::chrono::steady_clock::now() - start;
  EXPECT_GE(elapsed, milliseconds(100));
  std::this_thread::sleep_for(milliseconds(250));  // no repeat
  EXPECT_TRUE(FullMatch(
      cap.Read(), std::string("Timeout \\(0:00:00\\.100000\\)!\n") + kBlock))
      << cap.Read();
}

TEST_F(WatchdogTest, RepeatDumpsUntilCancelled) {
  Capture cap;
  ASSERT_TRUE(
      DumpTracebackLater({.timeout_us = 50000, .repeat = true, .fd = cap.fd()})
          .ok());
  std::this_thread::sleep_for(milliseconds(400));
  CancelDumpTracebackLater();
  std::string out = cap.Read();
  int dumps = CountOf(out, "Timeout (0:00:00.050000)!\n");
  EXPECT_GE(dumps, 3) << out;
  EXPECT_TRUE(FullMatch(
      out, std::string("(Timeout \\(0:00:00\\.050000\\)!\n") + kBlock + ")+"))
      << out;
  std::this_thread::sleep_for(milliseconds(200));
  EXPECT_EQ(cap.Read(), out);  // nothing after cancel
}

TEST_F(WatchdogTest, CancelBeforeTheTimeoutAndCancelTwice) {
  Capture cap;
  ASSERT_TRUE(DumpTracebackLater({.timeout_us = 100000, .fd = cap.fd()}).ok());
  CancelDumpTracebackLater();
  CancelDumpTracebackLater();
  std::this_thread::sleep_for(milliseconds(300));
  EXPECT_EQ(cap.Read(), "");
}

TEST_F(WatchdogTest, ReArmingReplacesTheTimer) {
  Capture first, second;
  ASSERT_TRUE(
      DumpTracebackLater({.timeout_us = 150000, .fd = first.fd()}).ok());
  ASSERT_TRUE(
      DumpTracebackLater({.timeout_us = 50000, .fd = second.fd()}).ok());
  std::this_thread::sleep_for(milliseconds(400));
  EXPECT_EQ(first.Read(), "");
  EXPECT_TRUE(FullMatch(
      second.Read(), std::string("Timeout \\(0:00:00\\.050000\\)!\n") + kBlock))
      << second.Read();
  // Re-arm after it fired.
  second.Clear();
  ASSERT_TRUE(
      DumpTracebackLater({.timeout_us = 20000, .fd = second.fd()}).ok());
  std::this_thread::sleep_for(milliseconds(200));
  EXPECT_EQ(CountOf(second.Read(), "Timeout (0:00:00.020000)!"), 1);
}

TEST_F(WatchdogTest, MicrosecondTimeout) {
  Capture cap;
  ASSERT_TRUE(DumpTracebackLater({.timeout_us = 1, .fd = cap.fd()}).ok());
  std::this_thread::sleep_for(milliseconds(100));
  EXPECT_TRUE(FullMatch(
      cap.Read(), std::string("Timeout \\(0:00:00\\.000001\\)!\n") + kBlock))
      << cap.Read();
}

TEST_F(WatchdogTest, RejectsBadArguments) {
  EXPECT_EQ(DumpTracebackLater({.timeout_us = 0}).message(),
            "timeout must be greater than 0");
  EXPECT_EQ(DumpTracebackLater({.timeout_us = -5}).code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(DumpTracebackLater({.timeout_us = 5, .fd = -1}).message(),
            "file is not a valid file descriptor");
}

TEST_F(WatchdogTest, ExitAfterTheDump) {
  // The child inherits this thread's state and frames (set up above).
  testing::ChildResult r = testing::RunChild([](int fd) {
    (void)DumpTracebackLater({.timeout_us = 50000, .fd = fd, .exit = true});
    for (;;) pause();
  });
  EXPECT_TRUE(r.Exited(1)) << r.Describe();
  EXPECT_TRUE(FullMatch(
      r.output, std::string("Timeout \\(0:00:00\\.050000\\)!\n") + kBlock))
      << r.output;
}

TEST_F(WatchdogTest, ForkedChildNeitherFiresNorHangsOnCancel) {
  Capture cap;
  ASSERT_TRUE(DumpTracebackLater({.timeout_us = 200000, .fd = cap.fd()}).ok());
  pid_t pid = fork();
  if (pid == 0) {
    auto t0 = std::chrono::steady_clock::now();
    CancelDumpTracebackLater();
    auto took = std::chrono::steady_clock::now() - t0;
    // Re-arming in the child starts a watchdog of its own.
    Capture child_cap;
    bool rearm_ok =
        DumpTracebackLater({.timeout_us = 10000, .fd = child_cap.fd()}).ok();
    struct timespec ts = {0, 300 * 1000000L};
    nanosleep(&ts, nullptr);
    bool fired = CountOf(child_cap.Read(), "Timeout (0:00:00.010000)!") == 1;
    _exit(took < milliseconds(50) && rearm_ok && fired ? 0 : 1);
  }
  CancelDumpTracebackLater();  // the parent's own timer
  int status = 0;
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << status;
  std::this_thread::sleep_for(milliseconds(300));
  EXPECT_EQ(cap.Read(), "");  // neither process fired the parent's timer
}

TEST_F(WatchdogTest, ChildWithArmedParentTimerDoesNotFire) {
  Capture cap;
  ASSERT_TRUE(DumpTracebackLater({.timeout_us = 100000, .fd = cap.fd()}).ok());
  pid_t pid = fork();
  if (pid == 0) {
    struct timespec ts = {0, 300 * 1000000L};
    nanosleep(&ts, nullptr);
    _exit(0);
  }
  int status = 0;
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  // Only the parent's watchdog wrote: exactly one dump.
  EXPECT_EQ(CountOf(cap.Read(), "Timeout (0:00:00.100000)!"), 1) << cap.Read();
}

}  // namespace
}  // namespace interp::faulthandler
