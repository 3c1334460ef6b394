// Tests of the async-signal-safe half of script signal handling
// (runtime/threads/signal_trip.h): the C handler flags the signal and the
// target thread's eval breaker, wakes the self-pipe, and interrupts
// blocking calls (no SA_RESTART).
#include "runtime/threads/signal_trip.h"

#include <poll.h>
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <memory>
#include <thread>

#include "gtest/gtest.h"
#include "runtime/frames/thread_state.h"

namespace interp {
namespace {

class SignalTripTest : public ::testing::Test {
 protected:
  void TearDown() override {
    sigtrip::SetTarget(nullptr);
    sigtrip::RestoreAll();
    for (int sig = 1; sig < sigtrip::kNumSignals; ++sig) {
      sigtrip::TakeTripped(sig);
    }
  }
};

TEST_F(SignalTripTest, HandlerFlagsSignalAndTarget) {
  auto ts = std::make_unique<ThreadState>();
  sigtrip::SetTarget(ts.get());
  ASSERT_TRUE(sigtrip::InstallHandler(SIGUSR1));
  EXPECT_TRUE(sigtrip::HandlerInstalled(SIGUSR1));
  EXPECT_FALSE(sigtrip::HandlerInstalled(SIGUSR2));
  ASSERT_EQ(raise(SIGUSR1), 0);
  EXPECT_TRUE(ts->eval_breaker.load() & kBreakSignalsPending);
  EXPECT_TRUE(sigtrip::AnyTripped());
  EXPECT_FALSE(sigtrip::TakeTripped(SIGUSR2));
  EXPECT_TRUE(sigtrip::TakeTripped(SIGUSR1));
  EXPECT_FALSE(sigtrip::TakeTripped(SIGUSR1));
  sigtrip::ClearAnyTripped();
  EXPECT_FALSE(sigtrip::AnyTripped());
}

TEST_F(SignalTripTest, WakeupPipeBecomesReadable) {
  ASSERT_TRUE(sigtrip::InstallHandler(SIGUSR2));
  int fd = sigtrip::WakeupFd();
  ASSERT_GE(fd, 0);
  sigtrip::DrainWakeupFd();
  struct pollfd pfd = {fd, POLLIN, 0};
  EXPECT_EQ(poll(&pfd, 1, 0), 0);
  ASSERT_EQ(raise(SIGUSR2), 0);
  EXPECT_EQ(poll(&pfd, 1, 1000), 1);
  sigtrip::DrainWakeupFd();
  EXPECT_EQ(poll(&pfd, 1, 0), 0);
}

TEST_F(SignalTripTest, BlockingCallIsInterrupted) {
  ASSERT_TRUE(sigtrip::InstallHandler(SIGUSR1));
  pthread_t self = pthread_self();
  std::atomic<bool> stop{false};
  // Keep signalling until the sleep notices: the first signal may arrive
  // before the sleep starts.
  std::thread killer([&] {
    while (!stop.load()) {
      pthread_kill(self, SIGUSR1);
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
  });
  struct timespec ts = {30, 0};
  int r = nanosleep(&ts, nullptr);
  int err = errno;
  stop = true;
  killer.join();
  EXPECT_EQ(r, -1);
  EXPECT_EQ(err, EINTR);
  EXPECT_TRUE(sigtrip::TakeTripped(SIGUSR1));
}

TEST_F(SignalTripTest, SetDispositionAndRestore) {
  struct sigaction before;
  ASSERT_EQ(sigaction(SIGUSR2, nullptr, &before), 0);
  ASSERT_TRUE(sigtrip::SetDisposition(SIGUSR2, SIG_IGN));
  ASSERT_EQ(raise(SIGUSR2), 0);  // ignored
  EXPECT_FALSE(sigtrip::TakeTripped(SIGUSR2));
  sigtrip::RestoreAll();
  struct sigaction after;
  ASSERT_EQ(sigaction(SIGUSR2, nullptr, &after), 0);
  EXPECT_EQ(after.sa_handler, before.sa_handler);
}

TEST_F(SignalTripTest, InvalidSignalsFail) {
  EXPECT_FALSE(sigtrip::InstallHandler(SIGKILL));
  EXPECT_EQ(errno, EINVAL);
  EXPECT_FALSE(sigtrip::SetDisposition(SIGSTOP, SIG_IGN));
}

}  // namespace
}  // namespace interp
