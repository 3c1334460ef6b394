// Proves the Bazel toolchain wiring: system Abseil and GoogleTest/GoogleMock
// link and work, and the binary keeps what the faulthandler relies on (symbols
// for absl::Symbolize, frame pointers for absl::GetStackTrace). It runs under
// every config (default, asan, ubsan, tsan, fuzz).

#include <string>
#include <thread>
#include <vector>

#include "absl/base/config.h"
#include "absl/container/flat_hash_map.h"
#include "absl/debugging/stacktrace.h"
#include "absl/debugging/symbolize.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/synchronization/mutex.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace interp::selftest {

// Not static and never inlined, so that they are real frames with symbols.
// They return void: absl's demangler (20220623) leaves names carrying the
// [abi:cxx11] tag, e.g. functions returning std::string, mangled.
ABSL_ATTRIBUTE_NOINLINE void CollectFrameNames(std::vector<std::string>* out) {
  void* pcs[16];
  // The first entry is the return address into this function's caller.
  int depth = absl::GetStackTrace(pcs, 16, /*skip_count=*/0);
  for (int i = 0; i < depth; ++i) {
    char name[512];
    out->push_back(absl::Symbolize(pcs[i], name, sizeof(name)) ? name : "?");
  }
}

ABSL_ATTRIBUTE_NOINLINE void InnerFrame(std::vector<std::string>* out) {
  CollectFrameNames(out);
  // Keeps each call from becoming a tail call, which would drop the frame.
  ABSL_BLOCK_TAIL_CALL_OPTIMIZATION();
}

ABSL_ATTRIBUTE_NOINLINE void OuterFrame(std::vector<std::string>* out) {
  InnerFrame(out);
  ABSL_BLOCK_TAIL_CALL_OPTIMIZATION();
}

namespace {

TEST(ToolchainTest, StrFormatFormats) {
  EXPECT_EQ(absl::StrFormat("%s=%d (%.2f)", "x", 42, 0.5), "x=42 (0.50)");
}

TEST(ToolchainTest, FlatHashMapHashesStrings) {
  absl::flat_hash_map<std::string, int> map;
  for (int i = 0; i < 1000; ++i) map[absl::StrCat("k", i)] = i;
  ASSERT_EQ(map.size(), 1000u);
  EXPECT_EQ(map.at("k737"), 737);
  EXPECT_FALSE(map.contains("k1000"));
}

absl::StatusOr<int> ParsePositive(int v) {
  if (v <= 0) return absl::InvalidArgumentError(absl::StrCat("bad ", v));
  return v;
}

TEST(ToolchainTest, StatusOrCarriesErrors) {
  EXPECT_EQ(*ParsePositive(3), 3);
  absl::StatusOr<int> bad = ParsePositive(-1);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(bad.status().ToString(), ::testing::HasSubstr("bad -1"));
}

TEST(ToolchainTest, SymbolizeResolvesOwnFunction) {
  absl::InitializeSymbolizer("/proc/self/exe");
  char name[512];
  ASSERT_TRUE(absl::Symbolize(reinterpret_cast<void*>(&OuterFrame), name,
                              sizeof(name)));
  EXPECT_STREQ(name, "interp::selftest::OuterFrame()");
}

TEST(ToolchainTest, StackTraceWalksFramePointers) {
  absl::InitializeSymbolizer("/proc/self/exe");
  std::vector<std::string> names;
  OuterFrame(&names);
  ASSERT_GE(names.size(), 3u);
  EXPECT_EQ(names[0], "interp::selftest::InnerFrame()");
  EXPECT_EQ(names[1], "interp::selftest::OuterFrame()");
  EXPECT_THAT(names[2], ::testing::HasSubstr("StackTraceWalksFramePointers"));
}

TEST(ToolchainTest, MutexGuardsAcrossThreads) {
#ifdef ABSL_HAVE_THREAD_SANITIZER
  GTEST_SKIP() << "Debian's libabsl is not built with TSan, so TSan cannot see "
                  "absl::Mutex and would report false races";
#endif
  absl::Mutex mu;
  int counter = 0;
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 1000; ++i) {
        absl::MutexLock lock(&mu);
        ++counter;
      }
    });
  }
  for (std::thread& t : threads) t.join();
  absl::MutexLock lock(&mu);
  EXPECT_EQ(counter, 4000);
}

}  // namespace
}  // namespace interp::selftest
