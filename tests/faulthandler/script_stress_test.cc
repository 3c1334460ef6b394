// The script-level frame-stack stress test (issue 4): script threads run
// real code through the runtime (calls, returns, raises, closures and
// lambdas created and dropped, native-to-script re-entry, threads started
// and ended, generators created, resumed through for loops, yield from and
// sum(), raising through their frames, and dropped while suspended) while the
// host keeps compiling, running and dropping new code objects; meanwhile reader
// threads walk every frame stack with the frame reader, the faulthandler dumps
// (directly and from its watchdog), and a SIGUSR1 handler walks them too, with
// the signal sent thousands of times to the script threads themselves (so it
// lands in the middle of their pushes and pops). Every walked frame must be
// valid -- its function, file and line agree with the source that defined it --
// or be reported corrupt; nothing may crash. Meant for --config=asan and
// --config=tsan as much as for the plain build.
//
// ASYNC-SIGNAL-SAFE: Usr1Handler and what it calls (WalkAll and the
// validators in this file: fixed tables, plain loops, atomics; the frame
// reader, writer and dumper, all marked) run in a signal handler.
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_format.h"
#include "faulthandler/faulthandler.h"
#include "faulthandler/traceback.h"
#include "faulthandler/writer.h"
#include "gtest/gtest.h"
#include "runtime/embed/runtime.h"
#include "runtime/frames/frame_reader.h"
#include "runtime/lib/frozen.h"
#include "tests/faulthandler/test_util.h"

namespace interp {
namespace {

using frame_reader::FrameCapture;
using frame_reader::FrameKind;
using frame_reader::FrameSnapshot;
using frame_reader::ThreadSnapshot;

// The script the threads run (file name "stress.py"). Its functions and
// their line ranges are read from this text before anything starts.
constexpr char kScript[] = R"(import threading
import stress


class Boom(Exception):
    pass


def leaf(n):
    if n % 7 == 0:
        raise Boom(n)
    return n + 1


def middle(n):
    try:
        return leaf(n)
    except Boom:
        return -1


def recurse(n):
    if n == 0:
        return middle(n)
    return recurse(n - 1) + 1


def make(k):
    def made(x):
        return x * k
    return made


def churn(rounds):
    total = 0
    for i in range(rounds):
        total += recurse(i % 25)
        f = make(i)
        total += f(i)
        g = lambda y: y - i
        total += g(i)
        del f, g
        total += sorted([3, 1, 2], key=lambda v: -v)[0]
        total += len([leaf(j) for j in range(1, 6)])
        try:
            middle(7)
            leaf(14)
        except Boom:
            total += 1
    return total


def squares(n):
    for i in range(n):
        yield leaf(i + 1) * leaf(i + 2)


def relay(n):
    got = yield from squares(n)
    return got


def gens(rounds):
    total = 0
    for i in range(rounds):
        try:
            for v in relay(4 + i % 5):
                total += v
        except Boom:
            total += 1
        total += sum(x * 2 for x in range(i % 9))
        parked = squares(3)
        total += next(parked)
        del parked
    return total


def short():
    stress.hello()
    churn(2)
    stress.bye()


def worker(idx):
    stress.hello()
    while not stress.stop():
        churn(10)
        gens(10)
        if idx % 2 == 0:
            t = threading.Thread(target=short, name="short")
            t.start()
            t.join()
    stress.bye()


stress.hello()
names = ["s-%d" % i for i in range(4)]
threads = [threading.Thread(target=worker, args=(n,), name=names[n]) for n in range(4)]
for t in threads:
    t.start()
)";

// Run by the host at the end (file name "end.py").
constexpr char kEnd[] = R"(for t in threads:
    t.join()
stress.bye()
)";
constexpr int kEndLines = 3;

// Host-compiled code, new each round (file "gen_<K>.py", function
// "gen_<K>"); its code objects die after the round.
constexpr char kGen[] = R"(def gen_%d(n):
    return churn(n) + %d


x = gen_%d(1)
del gen_%d
)";
constexpr int kGenLines = 6;
constexpr int kGenFunctionLines = 2;

// Native functions the scripts call (qualified as crash reports show them).
constexpr const char* kNatives[] = {
    "stress.hello",
    "stress.bye",
    "stress.stop",
    "threading.Thread.start",
    "threading.Thread.join",
    "threading.Thread.__init__",
    "builtins.sorted",
    "builtins.len",
    "builtins.sum",
    "builtins.next",
    "builtins.range",
    "threading.Thread",
    // What the frozen modules the script reaches may call.
    "builtins.property",
    "property.__set_name__",  // class bodies with properties
    "builtins.staticmethod",
    "builtins.classmethod",
    "builtins.object",
    "builtins.type",
    "builtins.super",
    "builtins.isinstance",
    "builtins.getattr",
    "builtins.setattr",
    "builtins.hasattr",
    "builtins.iter",
    "builtins.min",
    "builtins.max",
    "builtins.abs",
    "builtins.int",
    "builtins.str",
    "builtins.list",
    "builtins.dict",
    "builtins.tuple",
    "builtins.set",
    "builtins.enumerate",
    "builtins.zip",
    "builtins.map",
    "builtins.repr",
    "builtins.divmod",
    "builtins.round",
    "builtins.float",
    "builtins.globals",
    "time.monotonic",
    "time.time",
    "time.sleep",
    "time.localtime",
    "time.gmtime",
    "threading.get_ident",
    "threading.Lock",
    "threading.RLock",
    "threading.Event",
    "threading.Event.wait",
    "threading.Event.set",
    "threading.current_thread",
    // Class statements in those modules (the metaclass protocol).
    "object.__init_subclass__",
    "type.__new__",
    "type.__init__",
    "type.__call__",
    "type.__prepare__",
};

// ---- the function tables of the Python sources that run ------------------

// The script itself and the frozen standard modules it reaches (threading's
// Python half): a frame naming one of these files must name a function
// whose lines hold the frame's line.
struct FunctionLines {
  char name[32];
  int first, last;
};
struct SourceTable {
  char filename[48];
  static constexpr int kMaxFunctions = 128;
  FunctionLines functions[kMaxFunctions];
  int num_functions = 0;
};
constexpr int kMaxSources = 4;
SourceTable g_sources[kMaxSources];
int g_num_sources = 0;

int Indent(const std::string& line) {
  int n = 0;
  while (n < static_cast<int>(line.size()) && line[n] == ' ') ++n;
  return n;
}

void AddFunction(SourceTable& t, const std::string& name, int first, int last) {
  ASSERT_LT(t.num_functions, SourceTable::kMaxFunctions);
  FunctionLines& f = t.functions[t.num_functions++];
  snprintf(f.name, sizeof(f.name), "%s", name.c_str());
  f.first = first;
  f.last = last;
}

// A `def` or `class` covers its line through the last line indented
// deeper; lambdas and comprehensions get a range of their own line (the
// sources keep each of them on one line).
void AddSource(const char* filename, std::string_view source) {
  ASSERT_LT(g_num_sources, kMaxSources);
  SourceTable& t = g_sources[g_num_sources++];
  snprintf(t.filename, sizeof(t.filename), "%s", filename);
  std::vector<std::string> lines;
  for (size_t p = 0; p < source.size();) {
    size_t e = source.find('\n', p);
    if (e == std::string_view::npos) e = source.size();
    lines.emplace_back(source.substr(p, e - p));
    p = e + 1;
  }
  const int n = static_cast<int>(lines.size());
  AddFunction(t, "<module>", 1, n);
  for (int i = 0; i < n; ++i) {
    const std::string& l = lines[i];
    int ind = Indent(l);
    // Class bodies are code objects named after the class.
    int kw = l.compare(ind, 4, "def ") == 0     ? 4
             : l.compare(ind, 6, "class ") == 0 ? 6
                                                : 0;
    if (kw != 0) {
      size_t end = l.find_first_of("(:", ind + kw);
      std::string name = l.substr(ind + kw, end - ind - kw);
      int last = i;
      for (int j = i + 1; j < n; ++j) {
        if (lines[j].empty()) continue;
        if (Indent(lines[j]) <= ind) break;
        last = j;
      }
      AddFunction(t, name, i + 1, last + 1);
    }
    if (l.find("lambda") != std::string::npos) {
      AddFunction(t, "<lambda>", i + 1, i + 1);
    }
    if (l.find(" for ") != std::string::npos) {
      if (l.find('[') != std::string::npos) {
        AddFunction(t, "<listcomp>", i + 1, i + 1);
      }
      if (l.find('(') != std::string::npos) {
        AddFunction(t, "<genexpr>", i + 1, i + 1);
      }
    }
  }
}

void BuildFunctionTables() {
  AddSource("stress.py", kScript);
  for (const char* name : {"_threading_py", "time"}) {
    const interp::FrozenModule* m = interp::FindFrozenModule(name);
    ASSERT_NE(m, nullptr) << name;
    AddSource(absl::StrFormat("<frozen %s>", name).c_str(), m->source);
  }
}

// ---- validation (async-signal-safe) ----------------------------------------

struct Counters {
  std::atomic<uint64_t> walks{0};
  std::atomic<uint64_t> frames{0};
  std::atomic<uint64_t> script_frames{0};
  std::atomic<uint64_t> gen_frames{0};
  std::atomic<uint64_t> generator_frames{0};  // running generators' frames
  std::atomic<uint64_t> corrupt{0};
  std::atomic<uint64_t> torn_names{0};
  std::atomic<uint64_t> invalid{0};  // must stay 0
  std::atomic<uint64_t> signals{0};
  std::atomic<uint64_t> own_stack_walks{0};  // handler on a script thread
};
Counters g_counters;
std::atomic<bool> g_stop{false};
int g_devnull = -1;

// The first invalid thing seen, for the failure message.
std::atomic<bool> g_first_invalid_taken{false};
char g_first_invalid[256];

bool Equals(const char* s, uint32_t n, const char* lit) {
  uint32_t i = 0;
  for (; lit[i] != '\0'; ++i) {
    if (i >= n || s[i] != lit[i]) return false;
  }
  return i == n;
}

// "<prefix><digits><suffix>" exactly: the number, or -1.
int64_t ParseNumbered(const char* s, uint32_t n, const char* prefix,
                      const char* suffix) {
  uint32_t i = 0;
  for (; prefix[i] != '\0'; ++i) {
    if (i >= n || s[i] != prefix[i]) return -1;
  }
  int64_t v = 0;
  uint32_t digits = 0;
  while (i < n && s[i] >= '0' && s[i] <= '9' && digits < 12) {
    v = v * 10 + (s[i++] - '0');
    ++digits;
  }
  if (digits == 0) return -1;
  for (uint32_t j = 0; suffix[j] != '\0'; ++j, ++i) {
    if (i >= n || s[i] != suffix[j]) return -1;
  }
  return i == n ? v : -1;
}

void Invalid(const char* what, const char* s, uint32_t n, int line) {
  g_counters.invalid++;
  if (g_first_invalid_taken.exchange(true)) return;
  // Hand-rolled formatting: no snprintf in a signal handler.
  size_t k = 0;
  auto put = [&](char c) {
    if (k + 1 < sizeof(g_first_invalid)) g_first_invalid[k++] = c;
  };
  for (const char* p = what; *p != '\0'; ++p) put(*p);
  put(':');
  put(' ');
  for (uint32_t i = 0; i < n && i < 120; ++i) put(s[i]);
  put(' ');
  put('@');
  char digits[12];
  int d = 0;
  unsigned v = line < 0 ? 0 : static_cast<unsigned>(line);
  do {
    digits[d++] = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v != 0 && d < 11);
  if (line < 0) put('-');
  while (d > 0) put(digits[--d]);
  g_first_invalid[k] = '\0';
}

void CheckScriptFrame(const FrameSnapshot& f) {
  const char* name = f.name;
  uint32_t n = f.name_copied;
  for (int s = 0; s < g_num_sources; ++s) {
    const SourceTable& t = g_sources[s];
    if (!Equals(f.filename, f.filename_copied, t.filename)) continue;
    for (int i = 0; i < t.num_functions; ++i) {
      const FunctionLines& fl = t.functions[i];
      if (Equals(name, n, fl.name) && f.line >= fl.first && f.line <= fl.last) {
        g_counters.script_frames++;
        if (Equals(name, n, "squares") || Equals(name, n, "relay") ||
            Equals(name, n, "<genexpr>")) {
          g_counters.generator_frames++;
        }
        return;
      }
    }
    Invalid("script frame", name, n, f.line);
    return;
  }
  if (Equals(f.filename, f.filename_copied, "end.py")) {
    if (!Equals(name, n, "<module>") || f.line < 1 || f.line > kEndLines) {
      Invalid("end.py frame", name, n, f.line);
    }
    return;
  }
  int64_t k = ParseNumbered(f.filename, f.filename_copied, "gen_", ".py");
  if (k < 0) {
    Invalid("unknown file", f.filename, f.filename_copied, f.line);
    return;
  }
  // A generated function's name, file and line agree with each other.
  if (Equals(name, n, "<module>")) {
    if (f.line < 1 || f.line > kGenLines)
      Invalid("gen module", name, n, f.line);
  } else if (ParseNumbered(name, n, "gen_", "") != k || f.line < 1 ||
             f.line > kGenFunctionLines) {
    Invalid("gen function", name, n, f.line);
  }
  g_counters.gen_frames++;
}

void CheckNativeFrame(const FrameSnapshot& f) {
  for (const char* known : kNatives) {
    if (Equals(f.name, f.name_copied, known)) return;
  }
  Invalid("native", f.name, f.name_copied, -1);
}

void CheckThreadName(const ThreadSnapshot& t) {
  if (!t.name_valid) {
    g_counters.torn_names++;
    return;
  }
  // Empty: a thread between attaching and naming itself (its name is not
  // known yet, which is no lie).
  if (t.name_len == 0 || Equals(t.name, t.name_len, "MainThread") ||
      Equals(t.name, t.name_len, "short") ||
      ParseNumbered(t.name, t.name_len, "s-", "") >= 0) {
    return;
  }
  Invalid("thread name", t.name, t.name_len, -1);
}

void WalkAll() {
  for (const ThreadState* ts = frame_reader::FirstLiveThread(); ts != nullptr;
       ts = frame_reader::NextLiveThread(ts)) {
    ThreadSnapshot t;
    if (!frame_reader::ReadThread(ts, &t)) continue;
    CheckThreadName(t);
    FrameCapture cap;
    frame_reader::CaptureFrames(ts, &cap);
    if (cap.count > cap.depth || cap.count > frame_reader::kMaxCapturedFrames) {
      Invalid("capture", "", 0, static_cast<int>(cap.count));
    }
    FrameSnapshot f;
    for (uint32_t i = 0; i < cap.count; ++i) {
      if (!frame_reader::ResolveFrame(cap.frames[i], &f)) {
        g_counters.corrupt++;
        break;
      }
      g_counters.frames++;
      if (f.kind == FrameKind::kNative) {
        CheckNativeFrame(f);
      } else {
        CheckScriptFrame(f);
      }
    }
  }
  g_counters.walks++;
}

void Usr1Handler(int) {
  int saved = errno;
  uint64_t n = ++g_counters.signals;
  if (frame_reader::FindThreadByIdent(faulthandler::CurrentIdent()) !=
      nullptr) {
    g_counters.own_stack_walks++;
  }
  WalkAll();
  if (n % 16 == 0) {
    faulthandler::Writer w(g_devnull);
    faulthandler::DumpAllThreads(w, faulthandler::CurrentIdent(), 100);
  }
  errno = saved;
}

// ---- the `stress` module: thread ids for targeted signals, the stop flag --

constexpr int kMaxTids = 64;
std::atomic<int> g_tids[kMaxTids];

int Gettid() { return static_cast<int>(syscall(SYS_gettid)); }

Value StressHello(ThreadState&, const Value*, uint32_t, Tuple*) {
  int tid = Gettid();
  for (auto& slot : g_tids) {
    int expected = 0;
    if (slot.compare_exchange_strong(expected, tid)) break;
  }
  return Value::None();
}

Value StressBye(ThreadState&, const Value*, uint32_t, Tuple*) {
  int tid = Gettid();
  for (auto& slot : g_tids) {
    int expected = tid;
    if (slot.compare_exchange_strong(expected, 0)) break;
  }
  return Value::None();
}

Value StressStop(ThreadState&, const Value*, uint32_t, Tuple*) {
  return Value::Bool(g_stop.load(std::memory_order_relaxed));
}

double StressSeconds() {
  const char* env = getenv("INTERP_STRESS_SECONDS");
  return env != nullptr ? atof(env) : 3.0;
}

// Starts a helper thread with SIGUSR1/SIGUSR2 blocked, so that signals sent
// to the process land on script threads (or the host's main thread).
std::thread StartHelper(std::function<void()> body) {
  sigset_t block, old;
  sigemptyset(&block);
  sigaddset(&block, SIGUSR1);
  sigaddset(&block, SIGUSR2);
  pthread_sigmask(SIG_BLOCK, &block, &old);
  std::thread t(std::move(body));
  pthread_sigmask(SIG_SETMASK, &old, nullptr);
  return t;
}

TEST(ScriptStress, WalksDuringRealScriptsNeverCrashAndNeverLie) {
  BuildFunctionTables();
  ASSERT_GE(g_sources[0].num_functions, 12);
  g_devnull = open("/dev/null", O_WRONLY | O_CLOEXEC);
  ASSERT_GE(g_devnull, 0);
  struct sigaction act = {};
  act.sa_handler = Usr1Handler;
  sigemptyset(&act.sa_mask);
  act.sa_flags = SA_RESTART | SA_ONSTACK;
  struct sigaction old_usr1;
  ASSERT_EQ(sigaction(SIGUSR1, &act, &old_usr1), 0);
  ASSERT_TRUE(faulthandler::Register(SIGUSR2, {.fd = g_devnull}).ok());
  ASSERT_TRUE(faulthandler::DumpTracebackLater(
                  {.timeout_us = 20000, .repeat = true, .fd = g_devnull})
                  .ok());

  Runtime rt({.argv = {"stress.py"}});
  ASSERT_TRUE(rt.ok());
  ASSERT_TRUE(rt.DefineModule("stress", {{"hello", StressHello},
                                         {"bye", StressBye},
                                         {"stop", StressStop}})
                  .ok());

  std::vector<std::thread> helpers;
  for (int i = 0; i < 2; ++i) {
    helpers.push_back(StartHelper([] {
      while (!g_stop.load(std::memory_order_relaxed)) WalkAll();
    }));
  }
  helpers.push_back(StartHelper([] {
    while (!g_stop.load(std::memory_order_relaxed)) {
      (void)faulthandler::DumpTraceback(g_devnull, true, 100);
    }
  }));
  std::atomic<uint64_t> sent{0};
  helpers.push_back(StartHelper([&sent] {
    pid_t pid = getpid();
    for (uint64_t i = 0; !g_stop.load(std::memory_order_relaxed); ++i) {
      int sig = i % 8 == 3 ? SIGUSR2 : SIGUSR1;
      if (i % 8 == 5) {
        kill(pid, sig);
        sent++;
      } else {
        // A targeted signal interrupts that script thread itself, possibly
        // in the middle of a push or pop. A tid reused meanwhile belongs to
        // another thread of this process (tgkill checks the process), which
        // handles the signal just as well.
        int tid = g_tids[i % kMaxTids].load(std::memory_order_relaxed);
        if (tid != 0 && syscall(SYS_tgkill, pid, tid, sig) == 0) sent++;
      }
      std::this_thread::sleep_for(std::chrono::microseconds(50));
    }
  }));

  // The threads start; then the host compiles, runs and drops new code
  // until the time is up (and at least a few thousand signals were
  // handled, within a bounded extra time).
  absl::Status s = rt.RunString(kScript, "stress.py");
  EXPECT_TRUE(s.ok()) << s.message();
  constexpr uint64_t kMinSignals = 2000;
  auto start = std::chrono::steady_clock::now();
  auto deadline = start + std::chrono::duration<double>(StressSeconds());
  int rounds = 0;
  while (s.ok()) {
    auto now = std::chrono::steady_clock::now();
    if (now >= deadline && (g_counters.signals.load() >= kMinSignals ||
                            now >= deadline + std::chrono::seconds(30))) {
      break;
    }
    s = rt.RunString(absl::StrFormat(kGen, rounds, rounds, rounds, rounds),
                     absl::StrFormat("gen_%d.py", rounds));
    EXPECT_TRUE(s.ok()) << s.message();
    ++rounds;
  }
  g_stop = true;
  s = rt.RunString(kEnd, "end.py");
  EXPECT_TRUE(s.ok()) << s.message();
  for (auto& t : helpers) t.join();
  faulthandler::CancelDumpTracebackLater();
  faulthandler::Unregister(SIGUSR2);
  sigaction(SIGUSR1, &old_usr1, nullptr);

  printf(
      "rounds=%d walks=%llu frames=%llu script=%llu generator=%llu gen=%llu "
      "corrupt=%llu torn_names=%llu signals=%llu on_script_threads=%llu "
      "sent=%llu\n",
      rounds, (unsigned long long)g_counters.walks.load(),
      (unsigned long long)g_counters.frames.load(),
      (unsigned long long)g_counters.script_frames.load(),
      (unsigned long long)g_counters.generator_frames.load(),
      (unsigned long long)g_counters.gen_frames.load(),
      (unsigned long long)g_counters.corrupt.load(),
      (unsigned long long)g_counters.torn_names.load(),
      (unsigned long long)g_counters.signals.load(),
      (unsigned long long)g_counters.own_stack_walks.load(),
      (unsigned long long)sent.load());
  EXPECT_EQ(g_counters.invalid.load(), 0u) << g_first_invalid;
  EXPECT_GE(g_counters.signals.load(), kMinSignals);
  // The handler really ran on threads whose stacks it walked.
  EXPECT_GE(g_counters.own_stack_walks.load(), 100u);
  EXPECT_GE(g_counters.script_frames.load(), 10000u);
  EXPECT_GT(g_counters.gen_frames.load(), 0u);
  // Running generators' frames were on the stacks the readers walked.
  EXPECT_GE(g_counters.generator_frames.load(), 100u);
  EXPECT_GT(rounds, 10);
}

}  // namespace
}  // namespace interp
