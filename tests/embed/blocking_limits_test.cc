// Host limits against scripts that block instead of computing: a deadline,
// an exhausted budget or Runtime::Interrupt() ends time.sleep,
// Event.wait, Lock.acquire and Thread.join with TimeoutError within a poll
// slice, and an interrupt cannot be swallowed by the script.
#include <chrono>
#include <string>
#include <thread>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "runtime/embed/runtime.h"

namespace interp {
namespace {

using ::testing::EndsWith;
using Clock = std::chrono::steady_clock;

// Each blocks for an hour (or forever) unless a limit ends it.
constexpr const char* kBlocking[] = {
    "import time\ntime.sleep(3600)\n",
    "import threading\nthreading.Event().wait()\n",
    "import threading\nthreading.Event().wait(3600)\n",
    "import threading\nl = threading.Lock()\nl.acquire()\nl.acquire()\n",
    "import threading\nr = threading.RLock()\n"
    "t = threading.Thread(target=r.acquire)\nt.start()\nt.join()\n"
    "r.acquire()\n",
    "import threading\nc = threading.Condition()\nc.acquire()\nc.wait()\n",
    "import queue\nqueue.Queue().get()\n",
};

class BlockingTest : public ::testing::TestWithParam<const char*> {};

TEST_P(BlockingTest, DeadlineEndsTheWait) {
  Runtime rt;
  rt.SetTimeout(std::chrono::milliseconds(200));
  Clock::time_point start = Clock::now();
  absl::Status s = rt.RunString(GetParam(), "block.py");
  auto took = Clock::now() - start;
  ASSERT_FALSE(s.ok());
  EXPECT_THAT(std::string(s.message()),
              EndsWith("TimeoutError: deadline exceeded\n"));
  EXPECT_LT(took, std::chrono::seconds(10));
}

TEST_P(BlockingTest, InterruptEndsTheWait) {
  Runtime rt;
  std::thread host([&rt] {
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    rt.Interrupt();
  });
  absl::Status s = rt.RunString(GetParam(), "block.py");
  host.join();
  ASSERT_FALSE(s.ok());
  EXPECT_THAT(std::string(s.message()),
              EndsWith("TimeoutError: interrupted by the host\n"));
  // The next run is not affected.
  EXPECT_TRUE(rt.RunString("x = 1\n").ok());
}

INSTANTIATE_TEST_SUITE_P(Waits, BlockingTest, ::testing::ValuesIn(kBlocking));

// A script that catches TimeoutError and goes on is stopped again at its
// next safe point or wait: the interrupt lasts until the run ends.
TEST(BlockingLimits, InterruptCannotBeSwallowed) {
  Runtime rt;
  std::thread host([&rt] {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    rt.Interrupt();
  });
  absl::Status s = rt.RunString(
      "import time\n"
      "caught = 0\n"
      "while True:\n"
      "    try:\n"
      "        time.sleep(0.01)\n"
      "    except TimeoutError:\n"
      "        caught += 1\n",
      "swallow.py");
  host.join();
  ASSERT_FALSE(s.ok());
  EXPECT_THAT(std::string(s.message()),
              EndsWith("TimeoutError: interrupted by the host\n"));
}

// Joining a thread that waits forever: the stop ends the thread's own wait
// as well (its TimeoutError goes to the thread's excepthook), and the join:
// whichever sees it first, the run ends at once.
TEST(BlockingLimits, JoinOfAThreadThatWaitsForever) {
  Runtime rt;
  rt.SetTimeout(std::chrono::milliseconds(200));
  Clock::time_point start = Clock::now();
  absl::Status s = rt.RunString(
      "import threading\n"
      "t = threading.Thread(target=threading.Event().wait, daemon=True)\n"
      "t.start()\n"
      "t.join()\n"
      "alive = t.is_alive()\n",
      "join.py");
  if (!s.ok()) {
    EXPECT_THAT(std::string(s.message()),
                EndsWith("TimeoutError: deadline exceeded\n"));
  }
  EXPECT_LT(Clock::now() - start, std::chrono::seconds(10));
}

// SetTimeout is a duration per run: each run the host starts gets the
// whole of it, however long ago it was set.
TEST(BlockingLimits, TimeoutIsPerRun) {
  Runtime rt;
  rt.SetTimeout(std::chrono::milliseconds(300));
  std::this_thread::sleep_for(std::chrono::milliseconds(400));
  EXPECT_TRUE(rt.RunString("import time\ntime.sleep(0.05)\n").ok());
  EXPECT_TRUE(rt.RunString("import time\ntime.sleep(0.05)\n").ok());
  absl::Status s = rt.RunString("import time\ntime.sleep(5)\n");
  ASSERT_FALSE(s.ok());
  EXPECT_THAT(std::string(s.message()),
              EndsWith("TimeoutError: deadline exceeded\n"));
}

// An exhausted budget ends a wait too (waiting costs no instructions, but
// a script out of budget must not block forever).
TEST(BlockingLimits, ExhaustedBudgetEndsTheWait) {
  Runtime rt;
  rt.SetInstructionBudget(1000);
  absl::Status s = rt.RunString(
      "import threading\n"
      "try:\n"
      "    while True:\n"
      "        pass\n"
      "except TimeoutError:\n"
      "    pass\n"
      "threading.Event().wait()\n",
      "budget.py");
  ASSERT_FALSE(s.ok());
  EXPECT_THAT(std::string(s.message()),
              EndsWith("TimeoutError: instruction budget exhausted\n"));
}

}  // namespace
}  // namespace interp
