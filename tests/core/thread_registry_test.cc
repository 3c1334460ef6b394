#include "runtime/frames/thread_registry.h"

#include <pthread.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <set>
#include <thread>
#include <vector>

#include "gtest/gtest.h"
#include "runtime/frames/stable_arena.h"
#include "runtime/frames/thread_state.h"
#include "tests/core/test_frames.h"

namespace interp {
namespace {

bool OnRegistry(ThreadState* wanted) {
  for (ThreadState* ts = FirstThreadState(); ts != nullptr; ts = ts->next) {
    if (ts == wanted) return true;
  }
  return false;
}

TEST(ThreadRegistry, AttachSetsIdentityStacksAndTls) {
  // Sanitizers may give threads an alternate stack of their own, which
  // Attach then keeps.
  stack_t before;
  ASSERT_EQ(sigaltstack(nullptr, &before), 0);
  bool had_alt_stack = (before.ss_flags & SS_DISABLE) == 0;
  ThreadState* ts = AttachThreadState(nullptr, true);
  ASSERT_NE(ts, nullptr);
  EXPECT_TRUE(stable::Contains(ts, sizeof(ThreadState)));
  EXPECT_TRUE(OnRegistry(ts));
  EXPECT_EQ(ts->status.load(), ThreadStatus::kRunning);
  EXPECT_EQ(ts->ident.load(), static_cast<uint64_t>(pthread_self()));
  EXPECT_TRUE(ts->is_main.load());
  EXPECT_EQ(CurrentThreadState(), ts);
  ASSERT_NE(ts->frames.records(), nullptr);
  EXPECT_EQ(ts->frames.depth_relaxed(), 0u);
  ASSERT_NE(ts->stack_base, nullptr);
  EXPECT_EQ(ts->stack_limit - ts->stack_base, kValueStackSlots);
  // The value stack and frame records are writable end to end.
  ts->stack_base[0] = Value::Int(1);
  ts->stack_limit[-1] = Value::Int(2);
  ts->frames.records()[kMaxFrames - 1].pc.store(7);
  // An alternate signal stack is installed for the thread.
  stack_t ss;
  ASSERT_EQ(sigaltstack(nullptr, &ss), 0);
  EXPECT_EQ(ss.ss_flags & SS_DISABLE, 0);
  EXPECT_NE(ts->alt_stack, nullptr);
  if (!had_alt_stack) {
    EXPECT_EQ(ss.ss_sp, ts->alt_stack);
    EXPECT_TRUE(ts->alt_stack_installed);
  } else {
    EXPECT_EQ(ss.ss_sp, before.ss_sp);
    EXPECT_FALSE(ts->alt_stack_installed);
  }

  DetachThreadState(ts);
  EXPECT_EQ(ts->status.load(), ThreadStatus::kFree);
  EXPECT_EQ(CurrentThreadState(), nullptr);
  EXPECT_TRUE(OnRegistry(ts));  // never unlinked
  ASSERT_EQ(sigaltstack(nullptr, &ss), 0);
  EXPECT_EQ((ss.ss_flags & SS_DISABLE) == 0, had_alt_stack);
}

TEST(ThreadRegistry, DetachedStatesAreReused) {
  ThreadState* a = AttachThreadState(nullptr, false);
  ASSERT_NE(a, nullptr);
  testing::PushScriptFrame(a, nullptr, 0);
  a->SetName("old", 3);
  DetachThreadState(a);
  ThreadState* b = nullptr;
  std::thread([&] {
    b = AttachThreadState(nullptr, false);
    // Reuse starts from a clean slate.
    EXPECT_EQ(b->frames.depth_relaxed(), 0u);
    EXPECT_EQ(b->name_len.load(), 0u);
    EXPECT_EQ(b->ident.load(), static_cast<uint64_t>(pthread_self()));
    DetachThreadState(b);
  }).join();
  EXPECT_EQ(a, b);
}

TEST(ThreadRegistry, ConcurrentAttachNeverSharesAState) {
  constexpr int kThreads = 8;
  constexpr int kRounds = 200;
  std::atomic<int> bad{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < kRounds; ++i) {
        ThreadState* ts = AttachThreadState(nullptr, false);
        uint64_t me = static_cast<uint64_t>(pthread_self());
        if (ts == nullptr || ts->ident.load() != me) bad++;
        ts->SetName("x", 1);
        std::this_thread::yield();
        if (ts->ident.load() != me) bad++;  // nobody else claimed it
        DetachThreadState(ts);
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(bad.load(), 0);
  int free_states = 0;
  for (ThreadState* ts = FirstThreadState(); ts != nullptr; ts = ts->next) {
    if (ts->status.load() == ThreadStatus::kFree) free_states++;
  }
  EXPECT_GE(free_states, 1);
}

TEST(ThreadRegistry, SetNameTruncates) {
  ThreadState* ts = AttachThreadState(nullptr, false);
  std::string long_name(kMaxThreadNameLen + 50, 'n');
  ts->SetName(long_name.data(), long_name.size());
  EXPECT_EQ(ts->name_len.load(), kMaxThreadNameLen);
  EXPECT_TRUE(ts->name_truncated.load());
  EXPECT_EQ(ts->name[kMaxThreadNameLen], '\0');
  EXPECT_EQ(ts->name_seq.load() % 2, 0u);
  // Never half a UTF-8 character: 300 two-byte characters keep 250.
  std::string wide;
  for (int i = 0; i < 300; ++i) wide += "\xc3\xa9";
  ts->SetName(wide.data(), wide.size());
  EXPECT_EQ(ts->name_len.load(), 500u);
  wide = "a" + wide;
  ts->SetName(wide.data(), wide.size());
  EXPECT_EQ(ts->name_len.load(), 499u);
  ts->SetName("short", 5);
  EXPECT_FALSE(ts->name_truncated.load());
  DetachThreadState(ts);
}

TEST(ThreadRegistry, ResetAfterForkKeepsOnlyTheSurvivor) {
  ThreadState* main_ts = AttachThreadState(nullptr, true);
  std::atomic<bool> ready{false}, done{false};
  ThreadState* other = nullptr;
  std::thread t([&] {
    other = AttachThreadState(nullptr, false);
    ready = true;
    while (!done) std::this_thread::yield();
    DetachThreadState(other);
  });
  while (!ready) std::this_thread::yield();
  pid_t pid = fork();
  if (pid == 0) {
    ResetThreadRegistryAfterFork(main_ts);
    bool ok = other->status.load() == ThreadStatus::kFree &&
              main_ts->status.load() == ThreadStatus::kRunning &&
              CurrentThreadState() == main_ts;
    // The freed state is reusable in the child.
    ThreadState* again = AttachThreadState(nullptr, false);
    ok = ok && again != nullptr && again != main_ts &&
         again->status.load() == ThreadStatus::kRunning;
    _exit(ok ? 0 : 1);
  }
  int status = 0;
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  done = true;
  t.join();
  DetachThreadState(main_ts);
}

}  // namespace
}  // namespace interp
