// register()/unregister(): dumps on user signals, chaining, errno.
// ASYNC-SIGNAL-SAFE: PreviousHandler (a signal handler) only bumps an
// atomic counter.
#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <string>

#include "faulthandler/faulthandler.h"
#include "gtest/gtest.h"
#include "runtime/frames/code_info.h"
#include "runtime/frames/thread_registry.h"
#include "tests/core/test_frames.h"
#include "tests/faulthandler/test_util.h"

namespace interp::faulthandler {
namespace {

using testing::Capture;
using testing::FullMatch;
using testing::IdentHex;

std::atomic<int> g_previous_calls{0};
void PreviousHandler(int) { g_previous_calls++; }

class UserSignalTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ts_ = AttachThreadState(nullptr, true);
    LineEntry line = {0, 7};
    ci_ = NewCodeInfo("wait_loop", "server.py", &line, 1, 7);
    testing::PushScriptFrame(ts_, ci_, 0);
    struct sigaction act = {};
    act.sa_handler = PreviousHandler;
    sigemptyset(&act.sa_mask);
    sigaction(SIGUSR1, &act, &saved_);
    g_previous_calls = 0;
  }
  void TearDown() override {
    Unregister(SIGUSR1);
    sigaction(SIGUSR1, &saved_, nullptr);
    testing::PopFrame(ts_);
    DetachThreadState(ts_);
    FreeCodeInfo(ci_);
  }
  std::string Expected(bool all_threads) {
    std::string frames = "  File \"server.py\", line 7 in wait_loop\n";
    if (!all_threads) return "Stack (most recent call first):\n" + frames;
    return "Current thread " + IdentHex(static_cast<uint64_t>(pthread_self())) +
           " (most recent call first):\n" + frames;
  }
  ThreadState* ts_;
  CodeInfo* ci_;
  struct sigaction saved_;
};

TEST_F(UserSignalTest, DumpsWithoutHeaderAndWithoutChain) {
  Capture cap;
  ASSERT_TRUE(Register(SIGUSR1, {.fd = cap.fd()}).ok());
  raise(SIGUSR1);
  EXPECT_EQ(cap.Read(), Expected(true));
  EXPECT_EQ(g_previous_calls.load(), 0);
}

TEST_F(UserSignalTest, SingleThreadAndReRegisterUpdates) {
  Capture first, second;
  ASSERT_TRUE(Register(SIGUSR1, {.fd = first.fd()}).ok());
  ASSERT_TRUE(
      Register(SIGUSR1, {.fd = second.fd(), .all_threads = false}).ok());
  raise(SIGUSR1);
  EXPECT_EQ(first.Read(), "");
  EXPECT_EQ(second.Read(), Expected(false));
}

TEST_F(UserSignalTest, ChainCallsThePreviousHandler) {
  Capture cap;
  ASSERT_TRUE(Register(SIGUSR1, {.fd = cap.fd(), .chain = true}).ok());
  raise(SIGUSR1);
  raise(SIGUSR1);
  EXPECT_EQ(cap.Read(), Expected(true) + Expected(true));
  EXPECT_EQ(g_previous_calls.load(), 2);
}

TEST_F(UserSignalTest, UnregisterRestoresThePreviousHandler) {
  Capture cap;
  EXPECT_FALSE(Unregister(SIGUSR1));
  ASSERT_TRUE(Register(SIGUSR1, {.fd = cap.fd()}).ok());
  EXPECT_TRUE(Unregister(SIGUSR1));
  EXPECT_FALSE(Unregister(SIGUSR1));
  struct sigaction now;
  sigaction(SIGUSR1, nullptr, &now);
  EXPECT_EQ(now.sa_handler, PreviousHandler);
  raise(SIGUSR1);
  EXPECT_EQ(cap.Read(), "");
  EXPECT_EQ(g_previous_calls.load(), 1);
}

TEST_F(UserSignalTest, ErrnoIsPreserved) {
  Capture cap;
  ASSERT_TRUE(Register(SIGUSR1, {.fd = cap.fd(), .chain = true}).ok());
  errno = 4321;
  raise(SIGUSR1);
  EXPECT_EQ(errno, 4321);
  // Even when the dump itself fails (the descriptor is unusable).
  ASSERT_TRUE(Register(SIGUSR1, {.fd = cap.fd()}).ok());
  errno = 77;
  raise(SIGUSR1);
  EXPECT_EQ(errno, 77);
}

TEST_F(UserSignalTest, TheCallersDescriptorMayBeClosedAndReused) {
  Capture target;
  int fd = dup(target.fd());
  ASSERT_TRUE(Register(SIGUSR1, {.fd = fd}).ok());
  close(fd);
  Capture intruder;  // likely takes the number back
  int reused = dup(intruder.fd());
  raise(SIGUSR1);
  EXPECT_EQ(target.Read(), Expected(true));
  EXPECT_EQ(intruder.Read(), "");
  close(reused);
}

TEST_F(UserSignalTest, RejectsFatalUncatchableAndOutOfRangeSignals) {
  absl::Status s = Register(SIGSEGV, {});
  EXPECT_EQ(s.code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_EQ(s.message(),
            "signal 11 cannot be registered, use enable() instead");
  EXPECT_EQ(Register(SIGKILL, {}).code(),
            absl::StatusCode::kFailedPrecondition);
  EXPECT_EQ(Register(SIGSTOP, {}).code(),
            absl::StatusCode::kFailedPrecondition);
  EXPECT_EQ(Register(0, {}).message(), "signal number out of range");
  EXPECT_EQ(Register(NSIG, {}).code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(Register(SIGUSR1, {.fd = -1}).message(),
            "file is not a valid file descriptor");
}

TEST(UserSignalDefault, ChainToTheDefaultActionKillsLikeCPython) {
  testing::ChildResult r = testing::RunChild([](int fd) {
    signal(SIGUSR2, SIG_DFL);
    if (!Register(SIGUSR2, {.fd = fd, .chain = true}).ok()) _exit(3);
    raise(SIGUSR2);
    _exit(4);  // not reached: the default action of SIGUSR2 terminates
  });
  EXPECT_TRUE(r.Signaled(SIGUSR2)) << r.Describe();
  EXPECT_TRUE(FullMatch(r.output,
                        "Current thread 0x[0-9a-f]{16} \\(most recent call "
                        "first\\):\n  <no script frame>\n"))
      << r.output;
}

}  // namespace
}  // namespace interp::faulthandler
