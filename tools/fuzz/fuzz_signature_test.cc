// Grouping signatures (fuzz_signature.h): which native frames count.
#include "tools/fuzz/fuzz_signature.h"

#include <cstdint>
#include <vector>

#include "gtest/gtest.h"

namespace interp::fuzz {
namespace {

uint64_t Sig(const char* kind, std::vector<const char*> frames,
             int* count = nullptr) {
  GroupingSignature s(kind);
  int chosen[kGroupingFrames];
  int n =
      s.AddNativeFrames(frames.data(), static_cast<int>(frames.size()), chosen);
  if (count != nullptr) *count = n;
  return s.value();
}

constexpr const char* kHost = "(anonymous namespace)::HostCrash()";

TEST(FuzzSignatureTest, RouteFromTheScriptDoesNotCount) {
  uint64_t direct =
      Sig("SIGSEGV", {kHost, "interp::vm::CallNative()", "interp::vm::Run()",
                      "interp::Runtime::RunString()"});
  uint64_t via_map =
      Sig("SIGSEGV",
          {kHost, "interp::vm::CallNative()", "interp::vm::Run()",
           "interp::CallValue()", "interp::(anonymous namespace)::MapNext()",
           "interp::ListExtend()", "interp::vm::CallNative()"});
  EXPECT_EQ(direct, via_map);
}

TEST(FuzzSignatureTest, BugLocationAndKindCount) {
  uint64_t base = Sig("SIGSEGV", {"interp::DictSet()", "interp::ListAppend()",
                                  "interp::vm::Run()"});
  EXPECT_NE(base, Sig("SIGSEGV", {"interp::DictGet()", "interp::ListAppend()",
                                  "interp::vm::Run()"}));
  EXPECT_NE(base, Sig("SIGSEGV", {"interp::DictSet()", "interp::SetAdd()",
                                  "interp::vm::Run()"}));
  EXPECT_NE(base, Sig("asan:heap-use-after-free",
                      {"interp::DictSet()", "interp::ListAppend()",
                       "interp::vm::Run()"}));
  EXPECT_NE(Sig("ubsan:signed-integer-overflow", {"interp::IntAdd()"}),
            Sig("ubsan:shift-exponent", {"interp::IntAdd()"}));
}

TEST(FuzzSignatureTest, LibcAndUnknownFramesAreSkipped) {
  int n = 0;
  uint64_t in_memcpy = Sig("asan:heap-buffer-overflow",
                           {"__memmove_avx_unaligned_erms", nullptr,
                            "interp::ListSetSlice()", "interp::vm::Run()"},
                           &n);
  EXPECT_EQ(n, 1);
  EXPECT_EQ(in_memcpy,
            Sig("asan:heap-buffer-overflow",
                {"memcpy", "interp::ListSetSlice()", "interp::vm::Run()"}));
}

TEST(FuzzSignatureTest, OnlyTheInnermostProjectFramesCount) {
  int n = 0;
  uint64_t a = Sig("k", {"interp::A()", "interp::B()", "interp::C()"}, &n);
  EXPECT_EQ(n, kGroupingFrames);
  EXPECT_EQ(a, Sig("k", {"interp::A()", "interp::B()", "interp::D()"}));
}

TEST(FuzzSignatureTest, BugInTheCallPathItselfIsItsOwnLocation) {
  int n = 0;
  uint64_t vm =
      Sig("SIGSEGV", {"interp::vm::Run()", "interp::CallValue()"}, &n);
  EXPECT_EQ(n, 1);
  EXPECT_NE(vm,
            Sig("SIGSEGV", {"interp::vm::PrepareCall()", "interp::vm::Run()"}));
}

TEST(FuzzSignatureTest, NoProjectFrameLeavesItToScriptFrames) {
  int n = -1;
  Sig("SIGABRT", {"abort", "__libc_start_main", nullptr}, &n);
  EXPECT_EQ(n, 0);
  GroupingSignature a("SIGABRT"), b("SIGABRT"), c("SIGABRT");
  a.AddScriptFrame("/tmp/x/fuzz.py", 14, "f", 1);
  b.AddScriptFrame("/other/fuzz.py", 14, "f", 1);
  c.AddScriptFrame("/other/fuzz.py", 14, "g", 1);
  EXPECT_EQ(a.value(), b.value());
  EXPECT_NE(a.value(), c.value());
}

TEST(FuzzSignatureTest, Classification) {
  EXPECT_TRUE(IsProjectSymbol("interp::DictSet()"));
  EXPECT_TRUE(IsProjectSymbol(kHost));
  EXPECT_FALSE(IsProjectSymbol("memcpy"));
  EXPECT_FALSE(IsProjectSymbol("__asan::ReportGenericError()"));
  EXPECT_FALSE(IsProjectSymbol(nullptr));
  EXPECT_TRUE(IsCallPathSymbol("interp::vm::CallNative()"));
  EXPECT_TRUE(IsCallPathSymbol("interp::CallValue()"));
  EXPECT_FALSE(IsCallPathSymbol("interp::DictSet()"));
}

}  // namespace
}  // namespace interp::fuzz
