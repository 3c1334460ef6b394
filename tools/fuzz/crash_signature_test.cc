// Crash signatures (faulthandler/crash_signature.h): the same crash hashes
// the same from different addresses and different script line numbers;
// another fault kind, native function or top script function changes it.
#include "faulthandler/crash_signature.h"

#include <unistd.h>

#include <csignal>
#include <cstdint>
#include <cstring>
#include <string>

#include "absl/debugging/symbolize.h"
#include "absl/status/status.h"
#include "faulthandler/writer.h"
#include "gtest/gtest.h"
#include "runtime/embed/runtime.h"

namespace interp::faulthandler {
namespace {

uint64_t Hash(
    const char* kind, std::initializer_list<const char*> native,
    std::initializer_list<std::pair<const char*, const char*>> script) {
  CrashSignatureBuilder b(kind);
  for (const char* s : native) b.AddNativeSymbol(s);
  for (const auto& [file, fn] : script) {
    b.AddScriptFrame(file, strlen(file), fn, strlen(fn));
  }
  return b.value();
}

TEST(CrashSignatureBuilderTest, DependsOnEveryPart) {
  uint64_t base = Hash("SIGSEGV", {"f()", "g()"}, {{"a.py", "inner"}});
  EXPECT_EQ(base, Hash("SIGSEGV", {"f()", "g()"}, {{"a.py", "inner"}}));
  EXPECT_NE(base, Hash("SIGBUS", {"f()", "g()"}, {{"a.py", "inner"}}));
  EXPECT_NE(base, Hash("SIGSEGV", {"g()", "f()"}, {{"a.py", "inner"}}));
  EXPECT_NE(base, Hash("SIGSEGV", {"f()", "g()"}, {{"a.py", "outer"}}));
  EXPECT_NE(base, Hash("SIGSEGV", {"f()", "g()"}, {{"b.py", "inner"}}));
  EXPECT_NE(base, Hash("SIGSEGV", {"f()"}, {{"a.py", "inner"}}));
}

TEST(CrashSignatureBuilderTest, PartsDoNotRunTogether) {
  EXPECT_NE(Hash("k", {"ab", "c"}, {}), Hash("k", {"a", "bc"}, {}));
  EXPECT_NE(Hash("k", {}, {{"ab", "c"}}), Hash("k", {}, {{"a", "bc"}}));
  EXPECT_NE(Hash("k", {"x"}, {}), Hash("k", {}, {{"x", ""}}));
}

TEST(CrashSignatureBuilderTest, ScriptFileDirectoryIsIgnored) {
  EXPECT_EQ(Hash("k", {}, {{"/tmp/run1/fuzz.py", "f"}}),
            Hash("k", {}, {{"/home/x/fuzz.py", "f"}}));
}

TEST(CrashSignatureBuilderTest, OnlyTheTopFramesCount) {
  CrashSignatureBuilder a("k"), b("k");
  for (int i = 0; i < kCrashSignatureNativeFrames; ++i) {
    a.AddNativeSymbol("same()");
    b.AddNativeSymbol("same()");
  }
  a.AddNativeSymbol("deeper_a()");
  b.AddNativeSymbol("deeper_b()");
  EXPECT_EQ(a.native_frames(), kCrashSignatureNativeFrames);
  EXPECT_EQ(a.value(), b.value());
}

[[gnu::noinline]] int Victim(int x) {
  // Enough code that two addresses inside it are far apart.
  volatile int v = x;
  for (int i = 0; i < 4; ++i) v = v * 3 + i;
  return v;
}

[[gnu::noinline]] int OtherVictim(int x) {
  volatile int v = x;
  for (int i = 0; i < 4; ++i) v = v * 5 + i;
  return v;
}

TEST(CrashSignatureBuilderTest, NativeAddressesAreSymbolized) {
  ASSERT_GT(Victim(1), 0);
  ASSERT_GT(OtherVictim(1), 0);
  auto at = [](int (*fn)(int), uintptr_t offset) {
    CrashSignatureBuilder b("SIGSEGV");
    b.AddNativePc(reinterpret_cast<uintptr_t>(fn) + offset, false);
    return b.value();
  };
  // Two faults at different instructions of one function: one signature.
  EXPECT_EQ(at(Victim, 1), at(Victim, 9));
  EXPECT_NE(at(Victim, 1), at(OtherVictim, 1));
  // And it is the symbol name that is hashed.
  char name[512];
  ASSERT_TRUE(absl::Symbolize(reinterpret_cast<const void*>(&Victim), name,
                              sizeof(name)));
  CrashSignatureBuilder by_name("SIGSEGV");
  by_name.AddNativeSymbol(name);
  EXPECT_EQ(at(Victim, 1), by_name.value());
}

TEST(CrashSignatureTest, MachineryFramesAreRecognized) {
  EXPECT_TRUE(IsCrashMachineryFrame("__sanitizer::Die()"));
  EXPECT_TRUE(IsCrashMachineryFrame("__asan_report_load4"));
  EXPECT_TRUE(IsCrashMachineryFrame("__asan::ReportGenericError()"));
  EXPECT_TRUE(IsCrashMachineryFrame("__ubsan_handle_add_overflow_abort"));
  EXPECT_TRUE(IsCrashMachineryFrame("__interceptor_memcpy"));
  EXPECT_TRUE(IsCrashMachineryFrame(
      "interp::fuzz::(anonymous namespace)::DeathCallback()"));
  EXPECT_FALSE(IsCrashMachineryFrame("interp::faulthandler::ReadNull()"));
  EXPECT_FALSE(IsCrashMachineryFrame("interp::vm::Run()"));
  EXPECT_FALSE(IsCrashMachineryFrame("abort"));
}

// Computes a signature from two different call sites in one function: the
// crashed code's frames are the same functions, so the signatures match.
[[gnu::noinline]] uint64_t SignatureFromSite(int site) {
  uint64_t r;
  if (site == 0) {
    r = ComputeCrashSignature("SIGSEGV", nullptr);
  } else {
    Victim(site);
    r = ComputeCrashSignature("SIGSEGV", nullptr);
  }
  Victim(static_cast<int>(r & 1));  // keeps the calls from being tail calls
  return r;
}

TEST(CrashSignatureTest, SameCrashFromDifferentAddresses) {
  uint64_t a = SignatureFromSite(0);
  uint64_t b = SignatureFromSite(1);
  EXPECT_EQ(a, b);
  EXPECT_NE(a, ComputeCrashSignature("SIGSEGV", nullptr));
  EXPECT_EQ(a, SignatureFromSite(0));
}

// Script frames: a native function computes the signature while a script
// is running, as a crash inside it would.
uint64_t g_seen = 0;

Value RecordSignature(ThreadState&, const Value*, uint32_t, Tuple*) {
  g_seen = ComputeCrashSignature("SIGSEGV", nullptr);
  return Value::None();
}

uint64_t SignatureOfScript(const std::string& source,
                           const std::string& filename) {
  Runtime rt;
  EXPECT_TRUE(rt.ok());
  EXPECT_TRUE(rt.DefineModule("host", {{"crash", RecordSignature}}).ok());
  g_seen = 0;
  absl::Status s = rt.RunString(source, filename);
  EXPECT_TRUE(s.ok()) << s.message();
  EXPECT_NE(g_seen, 0u);
  return g_seen;
}

constexpr char kScript[] = R"(import host
def handle(n):
    host.crash()
def run():
    handle(1)
run()
)";

// kScript with its lines moved.
constexpr char kScriptMoved[] = R"(import host


def handle(n):
    m = n * 2

    host.crash()

def run():
    x = 1
    handle(x)

run()
)";

constexpr char kScriptRenamed[] = R"(import host
def process(n):
    host.crash()
def run():
    process(1)
run()
)";

TEST(CrashSignatureTest, ScriptLineNumbersDoNotMatter) {
  uint64_t a = SignatureOfScript(kScript, "/tmp/one/plugin.py");
  EXPECT_EQ(a, SignatureOfScript(kScriptMoved, "/srv/two/plugin.py"));
  EXPECT_EQ(a, SignatureOfScript(kScript, "plugin.py"));
}

TEST(CrashSignatureTest, TopScriptFunctionMatters) {
  uint64_t a = SignatureOfScript(kScript, "plugin.py");
  EXPECT_NE(a, SignatureOfScript(kScriptRenamed, "plugin.py"));
  EXPECT_NE(a, SignatureOfScript(kScript, "other.py"));
}

TEST(CrashSignatureTest, WritesOneLine) {
  int fds[2];
  ASSERT_EQ(pipe(fds), 0);
  {
    Writer w(fds[1]);
    WriteCrashSignature(w, 0x0123456789abcdefull);
    WriteCrashSignature(w, 0x42);
  }
  close(fds[1]);
  char buf[128] = {};
  ssize_t n = read(fds[0], buf, sizeof(buf) - 1);
  close(fds[0]);
  ASSERT_GT(n, 0);
  EXPECT_EQ(std::string(buf, n),
            "Crash signature: 0123456789abcdef\n"
            "Crash signature: 0000000000000042\n");
}

TEST(CrashSignatureTest, SignalKindNames) {
  EXPECT_STREQ(SignalKindName(SIGSEGV), "SIGSEGV");
  EXPECT_STREQ(SignalKindName(SIGABRT), "SIGABRT");
  EXPECT_STREQ(SignalKindName(SIGUSR1), "signal");
}

}  // namespace
}  // namespace interp::faulthandler
