// The embedding API across threads (SPEC 3): independent runtimes in one
// process, host threads attached under their names, faulthandler reports
// that show a host thread's script frames and its <native> frames, and a
// crash inside a host native function (death tests).
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/str_cat.h"
#include "faulthandler/faulthandler.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "runtime/builtins/errors.h"
#include "runtime/embed/runtime.h"
#include "runtime/frames/frame_reader.h"
#include "runtime/object.h"
#include "runtime/objects/str.h"

namespace interp {
namespace {

using ::testing::ContainsRegex;
using ::testing::HasSubstr;
using ::testing::Not;

std::string StrOf(Value v) {
  if (!IsKind(v, ObjKind::kStr)) return "<not a str>";
  return std::string(static_cast<Str*>(v.AsObject())->view());
}

int64_t CallInt(Runtime& rt, std::string_view fn,
                std::vector<Value> args = {}) {
  absl::StatusOr<Value> v = rt.Call(fn, args);
  EXPECT_TRUE(v.ok()) << v.status();
  if (!v.ok() || !v->IsInt()) return -1;
  return v->AsInt();
}

// Runs the faulthandler's on-demand dump into a temporary file and returns
// what it wrote.
std::string DumpAllThreadsToString() {
  const char* dir = getenv("TEST_TMPDIR");
  std::string path =
      absl::StrCat(dir != nullptr ? dir : "/tmp", "/embed_dump_XXXXXX");
  int fd = mkstemp(path.data());
  EXPECT_GE(fd, 0);
  if (fd < 0) return "";
  unlink(path.c_str());
  absl::Status s = faulthandler::DumpTraceback(fd, /*all_threads=*/true);
  EXPECT_TRUE(s.ok()) << s;
  std::string out;
  char buf[4096];
  lseek(fd, 0, SEEK_SET);
  for (ssize_t n; (n = read(fd, buf, sizeof buf)) > 0;) out.append(buf, n);
  close(fd);
  return out;
}

// --- Host natives -------------------------------------------------------

Value HostTwice(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  if (nargs != 1 || !args[0].IsInt()) return RaiseTypeError(ts, "int");
  return Value::Int(args[0].AsInt() * 2);
}

Value HostThrice(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  if (nargs != 1 || !args[0].IsInt()) return RaiseTypeError(ts, "int");
  return Value::Int(args[0].AsInt() * 3);
}

// host.block(): parks the calling script thread until the test has taken
// its dump, so the dump sees this native frame on top of its script frames.
std::atomic<int> g_block_state{0};  // 0 idle, 1 blocked, 2 released
Value HostBlock(ThreadState&, const Value*, uint32_t, Tuple*) {
  g_block_state.store(1);
  while (g_block_state.load() != 2) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  return Value::None();
}

// host.crash(): a real invalid memory access in host code. The address is
// volatile so the compiler cannot turn the access into a trap instruction.
volatile uintptr_t g_null_address = 0;
Value HostCrash(ThreadState&, const Value*, uint32_t, Tuple*) {
  *reinterpret_cast<volatile int*>(g_null_address) = 1;
  return Value::None();
}

// --- Independent runtimes -------------------------------------------------

TEST(EmbedRuntimes, TwoRuntimesOnOneThreadDoNotShareState) {
  auto rt1 = std::make_unique<Runtime>();
  Runtime rt2;
  ASSERT_TRUE(rt1->DefineModule("host", {{"scale", HostTwice}}).ok());
  ASSERT_TRUE(rt2.DefineModule("host", {{"scale", HostThrice}}).ok());
  const char* script =
      "import host\n"
      "counter = 0\n"
      "def bump(n):\n"
      "    global counter\n"
      "    counter += host.scale(n)\n"
      "    return counter\n";
  ASSERT_TRUE(rt1->RunString(script).ok());
  ASSERT_TRUE(rt2.RunString(script).ok());
  EXPECT_EQ(CallInt(*rt1, "bump", {Value::Int(5)}), 10);
  EXPECT_EQ(CallInt(rt2, "bump", {Value::Int(5)}), 15);
  EXPECT_EQ(CallInt(*rt1, "bump", {Value::Int(1)}), 12);
  // A module imported or a global set in one is absent from the other.
  ASSERT_TRUE(rt1->RunString("import math\nonly_in_one = 1\n").ok());
  absl::Status s = rt2.RunString("only_in_one\n", "two.py");
  EXPECT_THAT(std::string(s.message()),
              HasSubstr("NameError: name 'only_in_one' is not defined"));
  // An error in one leaves the other untouched.
  EXPECT_FALSE(rt1->RunString("raise RuntimeError('one')\n").ok());
  EXPECT_EQ(CallInt(rt2, "bump", {Value::Int(0)}), 15);
  // Destroying one leaves the other working.
  rt1.reset();
  EXPECT_EQ(CallInt(rt2, "bump", {Value::Int(2)}), 21);
  ASSERT_TRUE(rt2.RunString("for i in range(100000):\n    x = [i]\n").ok());
}

TEST(EmbedRuntimes, ConcurrentRuntimesOnHostThreads) {
  constexpr int kThreads = 3;
  std::atomic<int> ready{0};
  std::atomic<bool> first_destroyed{false};
  std::vector<std::string> errors(kThreads);
  std::vector<std::thread> threads;
  for (int id = 0; id < kThreads; ++id) {
    threads.emplace_back([&, id] {
      std::string& err = errors[id];
      auto rt = std::make_unique<Runtime>();
      if (!rt->DefineModule("host",
                            {{"scale", id == 0 ? HostTwice : HostThrice}})
               .ok()) {
        err = "define";
        return;
      }
      absl::Status s =
          rt->RunString(absl::StrCat("import host\n"
                                     "ID = ",
                                     id,
                                     "\n"
                                     "caught = 0\n"
                                     "def work(n):\n"
                                     "    global caught\n"
                                     "    total = 0\n"
                                     "    for i in range(n):\n"
                                     "        try:\n"
                                     "            if i % 100 == 0:\n"
                                     "                raise ValueError(ID)\n"
                                     "            total += host.scale(i) + ID\n"
                                     "        except ValueError as e:\n"
                                     "            if e.args[0] != ID:\n"
                                     "                raise\n"
                                     "            caught += 1\n"
                                     "    return total\n"));
      if (!s.ok()) {
        err = std::string(s.message());
        return;
      }
      ready.fetch_add(1);
      while (ready.load() < kThreads) std::this_thread::yield();
      const int64_t n = 100000;
      int64_t factor = id == 0 ? 2 : 3;
      // Sum over i not divisible by 100 of factor*i + id.
      int64_t expect = 0;
      for (int64_t i = 0; i < n; ++i) {
        if (i % 100 != 0) expect += factor * i + id;
      }
      for (int round = 0; round < 5; ++round) {
        absl::StatusOr<Value> v = rt->Call("work", {Value::Int(n)});
        if (!v.ok() || !v->IsInt() || v->AsInt() != expect) {
          err = absl::StrCat("round ", round, ": ",
                             v.ok() ? "wrong value" : v.status().message());
          return;
        }
        if (id == 0 && round == 1) break;  // runtime 0 ends early
      }
      if (id == 0) {
        rt.reset();
        first_destroyed.store(true);
        return;
      }
      // The others keep working after runtime 0 is gone.
      while (!first_destroyed.load()) std::this_thread::yield();
      absl::StatusOr<Value> v = rt->Call("work", {Value::Int(1000)});
      if (!v.ok()) err = std::string(v.status().message());
      absl::Status again =
          rt->RunString("assert caught == 5 * 1000 + 10, caught\n");
      if (!again.ok()) err = std::string(again.message());
    });
  }
  for (std::thread& t : threads) t.join();
  for (int id = 0; id < kThreads; ++id) {
    EXPECT_EQ(errors[id], "") << "runtime " << id;
  }
}

// Each runtime has its own lock and heap: while one runtime's thread holds
// its lock inside a native call, another runtime runs scripts (collections
// included) to completion on another thread.
TEST(EmbedRuntimes, ABlockedRuntimeDoesNotStopAnother) {
  g_block_state.store(0);
  absl::Status blocked_status;
  std::thread blocked([&] {
    Runtime rt;
    if (!rt.DefineModule("host", {{"block", HostBlock}}).ok()) return;
    blocked_status = rt.RunString("import host\nhost.block()\n", "a.py");
  });
  while (g_block_state.load() != 1) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  std::atomic<bool> done{false};
  absl::Status other_status;
  size_t collections = 0;
  std::thread other([&] {
    Runtime rt;
    // Enough garbage for several collections of this runtime's heap.
    other_status = rt.RunString(
        "keep = []\n"
        "for i in range(300000):\n"
        "    x = [i, str(i)]\n"
        "    if i % 1000 == 0:\n"
        "        keep.append(x)\n"
        "assert len(keep) == 300 and keep[-1] == [299000, '299000']\n",
        "b.py");
    collections = rt.state().heap.num_collections();
    done.store(true);
  });
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (!done.load() && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  // Checked before the first runtime is released: the second one finished
  // while the first held its own lock.
  EXPECT_TRUE(done.load()) << "the second runtime waited for the first";
  EXPECT_EQ(g_block_state.load(), 1);
  g_block_state.store(2);
  other.join();
  blocked.join();
  EXPECT_TRUE(other_status.ok()) << other_status;
  EXPECT_GT(collections, 0u);
  EXPECT_TRUE(blocked_status.ok()) << blocked_status;
}

// --- Host threads attached to one runtime --------------------------------

TEST(EmbedAttach, HostThreadsShareOneRuntime) {
  Runtime rt;
  ASSERT_TRUE(rt.RunString("import threading\n"
                           "def work(k):\n"
                           "    t = 0\n"
                           "    for i in range(2000):\n"
                           "        t += i * k\n"
                           "    return t\n"
                           "def my_name():\n"
                           "    return threading.current_thread().name\n")
                  .ok());
  constexpr int kThreads = 4;
  std::vector<std::string> errors(kThreads);
  std::vector<std::thread> threads;
  for (int k = 0; k < kThreads; ++k) {
    threads.emplace_back([&, k] {
      Runtime::ThreadScope scope =
          rt.AttachCurrentThread(absl::StrCat("host-", k));
      if (!scope.ok()) {
        errors[k] = "attach";
        return;
      }
      for (int round = 0; round < 50; ++round) {
        absl::StatusOr<Value> v = rt.Call("work", {Value::Int(k)});
        if (!v.ok() || v->AsInt() != int64_t{k} * 1999 * 2000 / 2) {
          errors[k] =
              v.ok() ? "wrong value" : std::string(v.status().message());
          return;
        }
      }
      // Scripts name a foreign thread like CPython does ("Dummy-N");
      // asking for it must not rename the thread in crash reports.
      absl::StatusOr<Value> name = rt.Call("my_name");
      if (!name.ok()) {
        errors[k] = std::string(name.status().message());
      } else if (StrOf(*name).rfind("Dummy-", 0) != 0) {
        errors[k] = "script name " + StrOf(*name);
      } else if (std::string_view(scope.thread().name) !=
                 absl::StrCat("host-", k)) {
        errors[k] = absl::StrCat("report name ", scope.thread().name);
      }
    });
  }
  // The creating thread keeps using the runtime meanwhile.
  for (int round = 0; round < 50; ++round) {
    EXPECT_EQ(CallInt(rt, "work", {Value::Int(1)}), 1999 * 2000 / 2);
  }
  for (std::thread& t : threads) t.join();
  for (int k = 0; k < kThreads; ++k) EXPECT_EQ(errors[k], "") << k;
}

TEST(EmbedAttach, UnattachedThreadIsAttachedPerCall) {
  Runtime rt;
  ASSERT_TRUE(rt.RunString("def f(n):\n"
                           "    s = 0\n"
                           "    for i in range(n):\n"
                           "        s += i\n"
                           "    return s\n")
                  .ok());
  std::atomic<int> failures{0};
  std::thread other([&] {
    for (int i = 0; i < 100; ++i) {
      absl::StatusOr<Value> v = rt.Call("f", {Value::Int(1000)});
      if (!v.ok() || v->AsInt() != 999 * 1000 / 2) failures.fetch_add(1);
    }
  });
  for (int i = 0; i < 100; ++i) {
    EXPECT_EQ(CallInt(rt, "f", {Value::Int(100)}), 99 * 100 / 2);
  }
  other.join();
  EXPECT_EQ(failures.load(), 0);
}

TEST(EmbedAttach, DumpShowsHostThreadNameScriptAndNativeFrames) {
  Runtime rt;
  ASSERT_TRUE(rt.DefineModule("host", {{"block", HostBlock}}).ok());
  g_block_state.store(0);
  absl::Status worker_status;
  std::thread worker([&] {
    Runtime::ThreadScope scope = rt.AttachCurrentThread("render-worker");
    worker_status = rt.RunString(
        "import host\n"
        "\n"
        "def inner():\n"
        "    host.block()\n"
        "def outer():\n"
        "    inner()\n"
        "\n"
        "outer()\n",
        "worker.py");
  });
  while (g_block_state.load() != 1) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  std::string dump = DumpAllThreadsToString();
  g_block_state.store(2);
  worker.join();
  EXPECT_TRUE(worker_status.ok()) << worker_status;
  EXPECT_THAT(dump,
              ContainsRegex("Thread 0x[0-9a-f]{16} \\[render-worker\\] "
                            "\\(most recent call first\\):\n"
                            "  <native> host\\.block\n"
                            "  File \"worker\\.py\", line 4 in inner\n"
                            "  File \"worker\\.py\", line 6 in outer\n"
                            "  File \"worker\\.py\", line 8 in <module>\n"))
      << dump;
  // The dumping thread is this runtime's creator, idle.
  EXPECT_THAT(dump, ContainsRegex("Current thread 0x[0-9a-f]{16} "
                                  "\\[MainThread\\] \\(most recent call "
                                  "first\\):\n  <no script frame>\n"))
      << dump;
  // After the scope ends the worker is gone from reports.
  EXPECT_THAT(DumpAllThreadsToString(), Not(HasSubstr("render-worker")));
}

// One host thread attached to two runtimes at once: calls reach the right
// one, and reports show the thread's state in each under its names.
TEST(EmbedAttach, OneHostThreadOnTwoRuntimes) {
  Runtime rt1;
  Runtime rt2;
  ASSERT_TRUE(rt1.RunString("def who():\n    return 1\n").ok());
  ASSERT_TRUE(rt2.RunString("def who():\n    return 2\n").ok());
  std::string dump;
  std::thread host([&] {
    Runtime::ThreadScope a = rt1.AttachCurrentThread("in-one");
    Runtime::ThreadScope b = rt2.AttachCurrentThread("in-two");
    for (int i = 0; i < 3; ++i) {
      EXPECT_EQ(CallInt(rt1, "who"), 1);
      EXPECT_EQ(CallInt(rt2, "who"), 2);
    }
    dump = DumpAllThreadsToString();
  });
  host.join();
  EXPECT_THAT(dump, HasSubstr("[in-one]")) << dump;
  EXPECT_THAT(dump, HasSubstr("[in-two]")) << dump;
  EXPECT_EQ(CallInt(rt1, "who"), 1);
  EXPECT_EQ(CallInt(rt2, "who"), 2);
}

// A thread is visible to reports only once it carries its name (the name
// is part of the attach), both for host threads and script threads.
TEST(EmbedAttach, ThreadsAreNeverReportedWithoutTheirName) {
  Runtime rt;
  const uint64_t main_ident = static_cast<uint64_t>(pthread_self());
  std::atomic<bool> stop{false};
  std::atomic<int> unnamed{0};
  std::atomic<int> seen{0};
  std::thread reader([&] {
    while (!stop.load(std::memory_order_relaxed)) {
      for (const ThreadState* ts = frame_reader::FirstLiveThread();
           ts != nullptr; ts = frame_reader::NextLiveThread(ts)) {
        frame_reader::ThreadSnapshot snap;
        if (!frame_reader::ReadThread(ts, &snap)) continue;
        if (snap.ident == main_ident) continue;
        seen.fetch_add(1, std::memory_order_relaxed);
        if (!snap.name_valid || snap.name_len == 0) unnamed.fetch_add(1);
      }
    }
  });
  std::thread host([&] {
    // Until the reader has looked often enough (on a loaded machine it may
    // not run at all during the first few thousand attaches).
    const auto give_up =
        std::chrono::steady_clock::now() + std::chrono::seconds(20);
    for (int i = 0; i < 3000 || (seen.load() < 100 &&
                                 std::chrono::steady_clock::now() < give_up);
         ++i) {
      Runtime::ThreadScope scope = rt.AttachCurrentThread("named-host");
    }
  });
  absl::Status s = rt.RunString(
      "import threading\n"
      "for i in range(300):\n"
      "    t = threading.Thread(target=lambda: None, name='scripted')\n"
      "    t.start()\n"
      "    t.join()\n");
  host.join();
  stop.store(true);
  reader.join();
  EXPECT_TRUE(s.ok()) << s;
  EXPECT_GT(seen.load(), 0);
  EXPECT_EQ(unnamed.load(), 0);
}

// --- A crash inside a host native function --------------------------------

constexpr char kCrashScript[] =
    "import host\n"
    "def inner():\n"
    "    host.crash()\n"
    "def outer():\n"
    "    inner()\n"
    "outer()\n";

void CrashOnCreatorThread() {
  if (!faulthandler::Enable({.fd = 2}).ok()) return;
  Runtime rt;
  if (!rt.DefineModule("host", {{"crash", HostCrash}}).ok()) return;
  (void)rt.RunString(kCrashScript, "crash.py");
}

void CrashOnAttachedHostThread() {
  if (!faulthandler::Enable({.fd = 2}).ok()) return;
  Runtime rt;
  if (!rt.DefineModule("host", {{"crash", HostCrash}}).ok()) return;
  std::thread t([&rt] {
    Runtime::ThreadScope scope = rt.AttachCurrentThread("plugin-host");
    (void)rt.RunString(kCrashScript, "crash.py");
  });
  t.join();
}

// The process dies by SIGSEGV after the report. Under ThreadSanitizer its
// own handler sees the re-raised signal first and exits with its error
// code (66) instead; the report has been written by then all the same.
bool DiedOfSegv(int status) {
#if defined(__SANITIZE_THREAD__)
  constexpr bool kTsan = true;
#elif defined(__has_feature)
  constexpr bool kTsan = __has_feature(thread_sanitizer);
#else
  constexpr bool kTsan = false;
#endif
  if (WIFSIGNALED(status)) return WTERMSIG(status) == SIGSEGV;
  return kTsan && WIFEXITED(status) && WEXITSTATUS(status) == 66;
}

constexpr char kCrashFrames[] =
    " \\(most recent call first\\):\n"
    "  <native> host\\.crash\n"
    "  File \"crash\\.py\", line 3 in inner\n"
    "  File \"crash\\.py\", line 5 in outer\n"
    "  File \"crash\\.py\", line 6 in <module>\n";

TEST(EmbedCrashDeathTest, NativeCrashReportsScriptAndNativeFrames) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_EXIT(CrashOnCreatorThread(), DiedOfSegv,
              absl::StrCat("Fatal error: Segmentation fault\n"
                           "Crash signature: [0-9a-f]{16}\n\n"
                           "Current thread 0x[0-9a-f]{16} \\[MainThread\\]",
                           kCrashFrames));
}

TEST(EmbedCrashDeathTest, NativeCrashOnHostThreadShowsItsName) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_EXIT(CrashOnAttachedHostThread(), DiedOfSegv,
              absl::StrCat("Fatal error: Segmentation fault\n"
                           "Crash signature: [0-9a-f]{16}\n\n"
                           "Thread 0x[0-9a-f]{16} \\[MainThread\\] \\(most "
                           "recent call first\\):\n"
                           "  <no script frame>\n\n"
                           "Current thread 0x[0-9a-f]{16} \\[plugin-host\\]",
                           kCrashFrames));
}

}  // namespace
}  // namespace interp
