// Tests of the global interpreter lock (runtime/gil.h): mutual exclusion,
// the switch-interval drop request, fair hand-off in Yield, fork and the
// "dead lock" state daemon threads park in. Run under --config=tsan too.
#include "runtime/vm/gil.h"

#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <memory>
#include <thread>
#include <vector>

#include "gtest/gtest.h"
#include "runtime/frames/thread_state.h"
#include "runtime/vm/gil_internal.h"

namespace interp {
namespace {

using std::chrono::milliseconds;
using Clock = std::chrono::steady_clock;

std::vector<std::unique_ptr<ThreadState>> MakeStates(int n) {
  std::vector<std::unique_ptr<ThreadState>> v;
  for (int i = 0; i < n; ++i) v.push_back(std::make_unique<ThreadState>());
  return v;
}

// What the VM does at a safe point.
void SafePoint(Gil& gil, ThreadState& ts) {
  if (ts.eval_breaker.load(std::memory_order_relaxed) & kBreakGilDropRequest) {
    gil.Yield(ts);
  }
}

TEST(Gil, AcquireReleaseAndHeldBy) {
  Gil gil;
  auto ts = MakeStates(2);
  EXPECT_FALSE(gil.HeldBy(*ts[0]));
  gil.Acquire(*ts[0]);
  EXPECT_TRUE(gil.HeldBy(*ts[0]));
  EXPECT_FALSE(gil.HeldBy(*ts[1]));
  EXPECT_EQ(gil.waiters(), 0);
  gil.Release(*ts[0]);
  EXPECT_FALSE(gil.HeldBy(*ts[0]));
}

TEST(Gil, MutualExclusion) {
  Gil gil;
  constexpr int kThreads = 4;
  constexpr int kIters = 2000;
  auto ts = MakeStates(kThreads);
  int64_t counter = 0;  // protected by the GIL only: TSan checks it
  std::atomic<int> inside{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kIters; ++i) {
        gil.Acquire(*ts[t]);
        EXPECT_EQ(inside.fetch_add(1), 0);
        ++counter;
        SafePoint(gil, *ts[t]);
        inside.fetch_sub(1);
        gil.Release(*ts[t]);
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(counter, kThreads * kIters);
}

TEST(Gil, WaiterAsksHolderToDropAfterSwitchInterval) {
  Gil gil;
  auto ts = MakeStates(2);
  gil.Acquire(*ts[0]);
  std::atomic<bool> got{false};
  std::thread waiter([&] {
    gil.Acquire(*ts[1]);
    got = true;
    gil.Release(*ts[1]);
  });
  // The holder spins without safe points: the waiter must ask it to drop.
  Clock::time_point deadline = Clock::now() + std::chrono::seconds(10);
  while (!(ts[0]->eval_breaker.load() & kBreakGilDropRequest)) {
    ASSERT_LT(Clock::now(), deadline) << "no drop request";
    std::this_thread::sleep_for(milliseconds(1));
  }
  EXPECT_FALSE(got.load());
  EXPECT_EQ(gil.waiters(), 1);
  // A safe point hands the lock over and waits until the waiter took it.
  gil.Yield(*ts[0]);
  EXPECT_TRUE(got.load());
  EXPECT_TRUE(gil.HeldBy(*ts[0]));
  EXPECT_FALSE(ts[0]->eval_breaker.load() & kBreakGilDropRequest);
  gil.Release(*ts[0]);
  waiter.join();
}

TEST(Gil, YieldWithoutWaitersKeepsTheLock) {
  Gil gil;
  auto ts = MakeStates(1);
  gil.Acquire(*ts[0]);
  ts[0]->eval_breaker.fetch_or(kBreakGilDropRequest);
  gil.Yield(*ts[0]);
  EXPECT_TRUE(gil.HeldBy(*ts[0]));
  EXPECT_FALSE(ts[0]->eval_breaker.load() & kBreakGilDropRequest);
  gil.Release(*ts[0]);
}

TEST(Gil, ReleaseClearsStaleDropRequest) {
  Gil gil;
  auto ts = MakeStates(1);
  gil.Acquire(*ts[0]);
  ts[0]->eval_breaker.fetch_or(kBreakGilDropRequest | kBreakGcRequest);
  gil.Release(*ts[0]);
  EXPECT_EQ(ts[0]->eval_breaker.load(), kBreakGcRequest);
}

// Two CPU-bound "interpreters" that only hand over at safe points both make
// progress: the switch interval plus Yield's hand-off prevent starvation.
TEST(Gil, BusyThreadsShareTheLock) {
  Gil gil;
  auto ts = MakeStates(2);
  std::atomic<bool> stop{false};
  std::atomic<int64_t> progress[2] = {0, 0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 2; ++t) {
    threads.emplace_back([&, t] {
      gil.Acquire(*ts[t]);
      while (!stop.load(std::memory_order_relaxed)) {
        progress[t].fetch_add(1, std::memory_order_relaxed);
        SafePoint(gil, *ts[t]);
      }
      gil.Release(*ts[t]);
    });
  }
  Clock::time_point deadline = Clock::now() + std::chrono::seconds(20);
  while ((progress[0].load() < 1000 || progress[1].load() < 1000) &&
         Clock::now() < deadline) {
    std::this_thread::sleep_for(milliseconds(5));
  }
  // Both must have run after the other started.
  int64_t p0 = progress[0].load(), p1 = progress[1].load();
  std::this_thread::sleep_for(milliseconds(100));
  EXPECT_GT(progress[0].load(), p0);
  EXPECT_GT(progress[1].load(), p1);
  stop = true;
  for (auto& th : threads) th.join();
}

TEST(Gil, ManyYieldingThreadsAllFinish) {
  Gil gil;
  constexpr int kThreads = 6;
  auto ts = MakeStates(kThreads);
  std::vector<std::thread> threads;
  std::atomic<int> done{0};
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      gil.Acquire(*ts[t]);
      for (int i = 0; i < 300; ++i) {
        ts[t]->eval_breaker.fetch_or(kBreakGilDropRequest);
        SafePoint(gil, *ts[t]);
        EXPECT_TRUE(gil.HeldBy(*ts[t]));
      }
      gil.Release(*ts[t]);
      done.fetch_add(1);
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(done.load(), kThreads);
}

TEST(Gil, RetainedReferenceSurvivesTheGil) {
  auto ts = MakeStates(2);
  auto gil = std::make_unique<Gil>();
  Gil::Impl* ref = GilAccess::Retain(*gil);
  GilAccess::Acquire(ref, *ts[0]);
  EXPECT_TRUE(gil->HeldBy(*ts[0]));
  GilAccess::Release(ref, *ts[0]);
  EXPECT_FALSE(GilAccess::Dead(ref));
  gil.reset();
  EXPECT_TRUE(GilAccess::Dead(ref));
  GilAccess::Unref(ref);
}

// A thread waiting for the lock when the Gil is destroyed (a daemon thread
// at exit) is parked for good instead of touching freed memory.
TEST(Gil, WaiterParksWhenGilDies) {
  static auto* ts =
      new std::vector<std::unique_ptr<ThreadState>>(MakeStates(2));
  auto gil = std::make_unique<Gil>();
  gil->Acquire(*(*ts)[0]);
  Gil::Impl* ref = GilAccess::Retain(*gil);
  static std::atomic<bool> returned{false};
  std::thread daemon([ref] {
    GilAccess::Acquire(ref, *(*ts)[1]);  // never returns
    returned = true;
  });
  Clock::time_point deadline = Clock::now() + std::chrono::seconds(10);
  while (gil->waiters() == 0 && Clock::now() < deadline) {
    std::this_thread::sleep_for(milliseconds(1));
  }
  ASSERT_EQ(gil->waiters(), 1);
  gil.reset();  // the runtime is torn down while the GIL is held
  std::this_thread::sleep_for(milliseconds(50));
  EXPECT_FALSE(returned.load());
  daemon.detach();
}

TEST(Gil, ReinitAfterForkGivesTheCallerAFreshLock) {
  Gil gil;
  auto ts = MakeStates(2);
  // Another thread holds the lock when we fork: in the child that thread
  // does not exist, and the caller must own a working lock.
  std::atomic<bool> holding{false};
  std::atomic<bool> release{false};
  std::thread other([&] {
    gil.Acquire(*ts[1]);
    holding = true;
    while (!release.load()) std::this_thread::sleep_for(milliseconds(1));
    gil.Release(*ts[1]);
  });
  while (!holding.load()) std::this_thread::sleep_for(milliseconds(1));
  pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    gil.ReinitAfterFork(*ts[0]);
    bool ok = gil.HeldBy(*ts[0]) && gil.waiters() == 0;
    gil.Release(*ts[0]);
    gil.Acquire(*ts[0]);
    ok = ok && gil.HeldBy(*ts[0]);
    _exit(ok ? 0 : 1);
  }
  int status = 0;
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  EXPECT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0);
  release = true;
  other.join();
}

}  // namespace
}  // namespace interp

namespace interp {
namespace {

// After shutdown only the survivor takes the lock: a waiter parks (and no
// longer counts as a waiter, so the survivor's Yield does not wait for it).
TEST(Gil, ShutDownParksEveryoneButTheSurvivor) {
  static auto* ts =
      new std::vector<std::unique_ptr<ThreadState>>(MakeStates(2));
  static Gil* gil = new Gil();  // leaked: a parked thread references it
  gil->Acquire(*(*ts)[0]);
  static std::atomic<bool> returned{false};
  std::thread daemon([] {
    gil->Acquire(*(*ts)[1]);  // never returns
    returned = true;
  });
  Clock::time_point deadline = Clock::now() + std::chrono::seconds(10);
  while (gil->waiters() == 0 && Clock::now() < deadline) {
    std::this_thread::sleep_for(milliseconds(1));
  }
  ASSERT_EQ(gil->waiters(), 1);
  GilAccess::ShutDown(*gil, *(*ts)[0]);
  while (gil->waiters() != 0 && Clock::now() < deadline) {
    std::this_thread::sleep_for(milliseconds(1));
  }
  EXPECT_EQ(gil->waiters(), 0);
  (*ts)[0]->eval_breaker.fetch_or(kBreakGilDropRequest);
  gil->Yield(*(*ts)[0]);
  EXPECT_TRUE(gil->HeldBy(*(*ts)[0]));
  gil->Release(*(*ts)[0]);
  std::this_thread::sleep_for(milliseconds(30));
  EXPECT_FALSE(returned.load());
  gil->Acquire(*(*ts)[0]);
  EXPECT_TRUE(gil->HeldBy(*(*ts)[0]));
  gil->Release(*(*ts)[0]);
  daemon.detach();
}

}  // namespace
}  // namespace interp
