// Host limits (SPEC 3) against native loops that never return to the
// bytecode loop -- sum(range(10**12)), list(range(10**9)), "x" * 10**9,
// sorted(), str.join(), max(), any()/all() over huge ranges -- and
// allocations that cannot succeed, which raise MemoryError (SPEC 1.5)
// instead of aborting the process.
#include <chrono>
#include <string>
#include <thread>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "runtime/embed/runtime.h"
#include "runtime/object.h"
#include "runtime/objects/str.h"

namespace interp {
namespace {

using ::testing::EndsWith;
using ::testing::HasSubstr;

// Each one runs for hours (or exhausts memory) unless a limit stops it.
constexpr const char* kRunaway[] = {
    "sum(range(10**12))",
    "list(range(10**9))",
    "tuple(range(10**12))",
    "set(range(10**12))",
    "dict(zip(range(10**12), range(10**12)))",
    "sorted(range(10**9))",
    "'a'.join(map(str, range(10**12)))",
    "max(range(10**12))",
    "min(range(10**12), key=abs)",
    "all(range(1, 10**12))",
    // range(i, i) is empty, hence false: any() never finds a true item.
    "any(map(range, range(10**12), range(10**12)))",
    "-1 in map(abs, range(10**12))",
    "next(filter(None, map(range, range(10**12), range(10**12))))",
    "[*range(10**12)]",
    "a, *b = range(10**12)",
    // repr of a small object graph whose text is astronomically long.
    "str([[[[[0] * 100] * 100] * 100] * 100] * 100)",
    "repr(((((((0,) * 100,) * 100,) * 100,) * 100,) * 100,) * 100)",
    "d = dict.fromkeys(range(100)); d = dict.fromkeys(range(100), d); "
    "d = dict.fromkeys(range(100), d); d = dict.fromkeys(range(100), d); "
    "d = dict.fromkeys(range(100), d); str(d)",
};

class RunawayTest : public ::testing::TestWithParam<const char*> {};

std::string ScriptFor(const char* expr) {
  return absl::StrCat("x = ", expr, "\n");
}

TEST_P(RunawayTest, BudgetStopsIt) {
  Runtime rt;
  rt.SetInstructionBudget(20000);
  auto start = std::chrono::steady_clock::now();
  absl::Status s = rt.RunString(ScriptFor(GetParam()), "runaway.py");
  auto elapsed = std::chrono::steady_clock::now() - start;
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(),
            "Traceback (most recent call last):\n"
            "  File \"runaway.py\", line 1, in <module>\n"
            "TimeoutError: instruction budget exhausted\n");
  EXPECT_LT(elapsed, std::chrono::seconds(30));
  // The runtime is still usable once the host renews the budget.
  rt.SetInstructionBudget(-1);
  EXPECT_TRUE(rt.RunString("y = sum(range(1000))\nassert y == 499500\n").ok());
}

// One GMP call has no safe point: a large product is charged for its
// multiplication work before it starts (n log n, bigint.cc), so a budget
// stops 3**(5 * 10**7) -- 10 MB, about a second of CPU -- which its size
// alone (one tick per KiB) let through.
TEST(BigIntLimitsTest, BudgetStopsALargePowerBeforeItStarts) {
  Runtime rt;
  rt.SetInstructionBudget(20000);
  auto start = std::chrono::steady_clock::now();
  absl::Status s = rt.RunString("x = 3 ** (5 * 10**7)\n", "pow.py");
  auto elapsed = std::chrono::steady_clock::now() - start;
  ASSERT_FALSE(s.ok());
  EXPECT_THAT(std::string(s.message()),
              EndsWith("TimeoutError: instruction budget exhausted\n"));
  EXPECT_LT(elapsed, std::chrono::seconds(5));
  rt.SetInstructionBudget(20000);
  EXPECT_TRUE(rt.RunString("y = 3 ** 10**5\nassert y % 10 == 1\n").ok());
}

TEST_P(RunawayTest, DeadlineStopsIt) {
  Runtime rt;
  rt.SetTimeout(std::chrono::milliseconds(200));
  auto start = std::chrono::steady_clock::now();
  absl::Status s = rt.RunString(ScriptFor(GetParam()), "runaway.py");
  auto elapsed = std::chrono::steady_clock::now() - start;
  ASSERT_FALSE(s.ok());
  EXPECT_THAT(std::string(s.message()),
              EndsWith("TimeoutError: deadline exceeded\n"));
  EXPECT_GE(elapsed, std::chrono::milliseconds(200));
  EXPECT_LT(elapsed, std::chrono::seconds(30));
}

INSTANTIATE_TEST_SUITE_P(NativeLoops, RunawayTest,
                         ::testing::ValuesIn(kRunaway));

TEST(NativeLimits, InterruptStopsANativeLoop) {
  Runtime rt;
  std::thread killer([&rt] {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    rt.Interrupt();
  });
  absl::Status s = rt.RunString("sum(range(10**12))\n", "spin.py");
  killer.join();
  ASSERT_FALSE(s.ok());
  EXPECT_THAT(std::string(s.message()),
              EndsWith("TimeoutError: interrupted by the host\n"));
  EXPECT_TRUE(rt.RunString("z = sum(range(10))\n").ok());
}

// A native loop hands the lock over to other script threads: this one
// ends only when another thread has run (iter(callable, sentinel) calls
// done.copy() until it returns [1]). The deadline is a safety net that
// turns a starvation into a failure instead of a hang.
TEST(NativeLimits, NativeLoopLetsOtherThreadsRun) {
  Runtime rt;
  rt.SetTimeout(std::chrono::seconds(60));
  absl::Status s = rt.RunString(
      "import threading, time\n"
      "done = []\n"
      "def later():\n"
      "    time.sleep(0.05)\n"  // the main thread is in the loop by then
      "    done.append(1)\n"
      "t = threading.Thread(target=later)\n"
      "t.start()\n"
      "n = sum(map(len, iter(done.copy, [1])))\n"
      "t.join()\n"
      "assert n == 0 and done == [1]\n",
      "handoff.py");
  EXPECT_TRUE(s.ok()) << s;
}

// A timed-out native loop is catchable like any TimeoutError, but the
// budget stays exhausted: the next native loop stops as well.
TEST(NativeLimits, CatchableButNotSwallowable) {
  Runtime rt;
  rt.SetInstructionBudget(50000);
  absl::Status s = rt.RunString(
      "try:\n"
      "    sum(range(10**12))\n"
      "except TimeoutError as e:\n"
      "    caught = str(e)\n"
      "max(range(10**12))\n",
      "catch.py");
  ASSERT_FALSE(s.ok());
  EXPECT_THAT(std::string(s.message()), HasSubstr("line 5, in <module>"));
  rt.SetInstructionBudget(-1);
  ASSERT_TRUE(rt.RunString("def get():\n    return caught\n").ok());
  absl::StatusOr<Value> c = rt.Call("get");
  ASSERT_TRUE(c.ok()) << c.status();
  ASSERT_TRUE(IsKind(*c, ObjKind::kStr));
  EXPECT_EQ(static_cast<Str*>(c->AsObject())->view(),
            "instruction budget exhausted");
}

// Big results are charged before they are built: a small budget stops
// them at once instead of after gigabytes of copying.
TEST(NativeLimits, LargeResultsAreChargedUpFront) {
  constexpr const char* kLarge[] = {
      "'x' * 10**9",      "[0] * 10**8",        "(0,) * 10**8",
      "'x'.ljust(10**9)", "'%1000000000d' % 1",
  };
  for (const char* expr : kLarge) {
    Runtime rt;
    rt.SetInstructionBudget(10000);
    auto start = std::chrono::steady_clock::now();
    absl::Status s = rt.RunString(ScriptFor(expr), "big.py");
    auto elapsed = std::chrono::steady_clock::now() - start;
    EXPECT_THAT(std::string(s.message()),
                EndsWith("TimeoutError: instruction budget exhausted\n"))
        << expr;
    EXPECT_LT(elapsed, std::chrono::seconds(5)) << expr;
  }
  // Within the budget the same operations work.
  Runtime rt;
  rt.SetInstructionBudget(10000);
  EXPECT_TRUE(rt.RunString("a = 'xy' * 10000\nassert len(a) == 20000\n"
                           "b = [1, 2] * 5000\nassert b[-1] == 2\n"
                           "c = 'q'.rjust(5000, '*')\nassert c[-1] == 'q'\n")
                  .ok());
}

// In-place repetition stopped half way leaves the list as it was.
TEST(NativeLimits, StoppedInPlaceRepeatLeavesTheList) {
  Runtime rt;
  ASSERT_TRUE(rt.RunString("l = [1, 2, 3]\n").ok());
  rt.SetInstructionBudget(100);
  EXPECT_FALSE(rt.RunString("l *= 10**7\n").ok());
  rt.SetInstructionBudget(-1);
  EXPECT_TRUE(rt.RunString("assert l == [1, 2, 3], len(l)\n").ok());
}

// Allocations that cannot succeed: MemoryError, and the runtime lives on.
TEST(NativeLimits, ImpossibleAllocationsRaiseMemoryError) {
  constexpr const char* kImpossible[] = {
      "[0] * 10**12",
      "'x' * 10**10",
      "(1, 2) * 10**11",
      "'x'.ljust(10**15)",
      "'x'.rjust(10**12, '*')",
      "'x'.center(10**12, 'é')",
      "'-1'.zfill(10**12)",
      "'%10000000000000d' % 1",
      "'%*d' % (10**15, 1)",
      "format('a', '1000000000000000')",
      "('a' * 100000).replace('a', 'b' * 100000)",
      "','.join(['x' * 10**6] * 10**4)",
  };
  Runtime rt;
  for (const char* expr : kImpossible) {
    absl::Status s = rt.RunString(ScriptFor(expr), "oom.py");
    EXPECT_EQ(s.message(),
              "Traceback (most recent call last):\n"
              "  File \"oom.py\", line 1, in <module>\n"
              "MemoryError\n")
        << expr;
  }
  EXPECT_TRUE(rt.RunString("x = [0] * 1000\nassert len(x) == 1000\n").ok());
}

// Long native loops that allocate garbage collect it at their polls, so
// memory stays bounded (each str below is garbage once measured).
TEST(NativeLimits, NativeLoopsCollectGarbage) {
  Runtime rt;
  ASSERT_TRUE(
      rt.RunString("n = sum(map(len, map(str, range(3 * 10**6))))\n").ok());
  EXPECT_LT(rt.state().heap.live_bytes(), size_t{64} << 20);
  ASSERT_TRUE(rt.RunString("assert n == 19888890, n\n").ok());
}

}  // namespace
}  // namespace interp
