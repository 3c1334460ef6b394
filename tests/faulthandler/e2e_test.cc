// End-to-end: runs the interp binary on the scripts in e2e/ and checks the
// reports with anchored regexes (SPEC 2).
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/str_format.h"
#include "gtest/gtest.h"
#include "tests/faulthandler/test_util.h"

extern char** environ;

namespace interp::testing {
namespace {

struct RunResult {
  int status = 0;
  bool timed_out = false;
  std::string out, err;
  // CLOCK_MONOTONIC seconds when the first stderr byte arrived (-1: none).
  double first_err_time = -1;

  bool Signaled(int sig) const {
    return !timed_out && WIFSIGNALED(status) && WTERMSIG(status) == sig;
  }
  bool Exited(int code) const {
    return !timed_out && WIFEXITED(status) && WEXITSTATUS(status) == code;
  }
  std::string Describe() const {
    std::string how =
        timed_out ? "timed out"
        : WIFSIGNALED(status)
            ? "killed by signal " + std::to_string(WTERMSIG(status))
            : "exited " + std::to_string(WEXITSTATUS(status));
    return how + "\n--- stdout:\n" + out + "--- stderr:\n" + err;
  }
};

double Monotonic() {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<double>(ts.tv_sec) + ts.tv_nsec / 1e9;
}

std::string Interp() {
  const char* bin = getenv("INTERP_BIN");
  return bin != nullptr ? bin : "interp/interp";
}

std::string Script(const std::string& name) {
  return "tests/faulthandler/e2e/" + name;
}

// Runs interp with `args`; `env` entries are added to the environment
// (INTERP_FAULTHANDLER is removed unless given).
RunResult RunInterp(const std::vector<std::string>& args,
                    const std::vector<std::string>& env = {},
                    int timeout_ms = 30000) {
  int out_pipe[2], err_pipe[2];
  EXPECT_EQ(pipe2(out_pipe, O_CLOEXEC), 0);
  EXPECT_EQ(pipe2(err_pipe, O_CLOEXEC), 0);
  // In sanitizer builds the interp under test must leave the fatal signals
  // to its faulthandler, as sanitizer_options.cc arranges for in-process
  // tests (later options override earlier ones; other builds ignore these).
  const std::string kLeaveSignals =
      "handle_segv=0:handle_sigbus=0:handle_sigfpe=0:handle_sigill=0:"
      "handle_abort=0";
  std::string asan = "ASAN_OPTIONS=", tsan = "TSAN_OPTIONS=die_after_fork=0:",
              ubsan = "UBSAN_OPTIONS=";
  std::vector<std::string> envs;
  for (char** e = environ; *e != nullptr; ++e) {
    std::string var(*e);
    if (var.rfind("INTERP_FAULTHANDLER=", 0) == 0) continue;
    if (var.rfind(asan, 0) == 0) {
      asan = var + ":";
    } else if (var.rfind("TSAN_OPTIONS=", 0) == 0) {
      tsan = var + ":die_after_fork=0:";
    } else if (var.rfind(ubsan, 0) == 0) {
      ubsan = var + ":";
    } else {
      envs.push_back(var);
    }
  }
  envs.push_back(asan + kLeaveSignals);
  envs.push_back(tsan + kLeaveSignals);
  envs.push_back(ubsan + kLeaveSignals);
  for (const auto& e : env) envs.push_back(e);
  std::vector<std::string> argv = {Interp()};
  argv.insert(argv.end(), args.begin(), args.end());
  pid_t pid = fork();
  if (pid == 0) {
    dup2(out_pipe[1], 1);
    dup2(err_pipe[1], 2);
    std::vector<char*> a, e;
    for (auto& s : argv) a.push_back(s.data());
    a.push_back(nullptr);
    for (auto& s : envs) e.push_back(s.data());
    e.push_back(nullptr);
    execve(a[0], a.data(), e.data());
    _exit(127);
  }
  close(out_pipe[1]);
  close(err_pipe[1]);
  RunResult r;
  struct pollfd fds[2] = {{out_pipe[0], POLLIN, 0}, {err_pipe[0], POLLIN, 0}};
  int open_fds = 2;
  int waited = 0;
  char buf[4096];
  while (open_fds > 0 && waited < timeout_ms) {
    int n = poll(fds, 2, 50);
    if (n == 0) {
      waited += 50;
      continue;
    }
    for (int i = 0; i < 2; ++i) {
      if (fds[i].fd < 0 || fds[i].revents == 0) continue;
      ssize_t k = read(fds[i].fd, buf, sizeof(buf));
      if (k <= 0) {
        close(fds[i].fd);
        fds[i].fd = -1;
        --open_fds;
      } else {
        if (i == 1 && r.first_err_time < 0) r.first_err_time = Monotonic();
        (i == 0 ? r.out : r.err).append(buf, static_cast<size_t>(k));
      }
    }
  }
  if (open_fds > 0) {
    kill(pid, SIGKILL);
    r.timed_out = true;
    for (auto& f : fds) {
      if (f.fd >= 0) close(f.fd);
    }
  }
  waitpid(pid, &r.status, 0);
  return r;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string TmpPath(const std::string& name) {
  const char* dir = getenv("TEST_TMPDIR");
  return std::string(dir != nullptr ? dir : "/tmp") + "/" + name;
}

const std::string kId = "0x[0-9a-f]{16}";
// The crash signature line right after the header of every fatal report.
const std::string kSig = "Crash signature: [0-9a-f]{16}\n";
const std::string kCStack =
    "\nCurrent thread's C stack trace \\(most recent call first\\):\n"
    "(  (Binary file \"[^\"\n]+\"|<unknown>)(, at [^\n]+)? "
    "\\[0x[0-9a-f]+\\]\n)+"
    "(  <truncated rest of calls>\n)?";

// The path reports print for a script run as Script(name): absolute, the
// current directory joined with the path as given (like CPython).
std::string PrintedScript(const std::string& name) {
  char cwd[4096];
  if (getcwd(cwd, sizeof(cwd)) == nullptr) return Script(name);
  return std::string(cwd) + "/" + Script(name);
}

std::string File(const std::string& script, int line, const std::string& fn) {
  return "  File \"" + Lit(PrintedScript(script)) + "\", line " +
         std::to_string(line) + " in " + Lit(fn) + "\n";
}
std::string Native(const std::string& name) {
  return "  <native> " + Lit(name) + "\n";
}
std::string MainHeader(bool current) {
  return std::string(current ? "Current thread " : "Thread ") + kId +
         " \\[MainThread\\] \\(most recent call first\\):\n";
}
// Watchdog dumps say what each thread is doing (SPEC 2.5).
const std::string kFor = " for [0-9]+\\.[0-9] s";
std::string MainStateHeader(const std::string& state_re) {
  return "Thread " + kId + " \\[MainThread\\] \\(" + state_re +
         ", most recent call first\\):\n";
}
std::string CrashStack(const std::string& kind) {
  return Native("faulthandler._" + kind) + File("crash.py", 17, "inner") +
         File("crash.py", 21, "outer") + File("crash.py", 50, "<module>");
}

// ---- every fault kind
// --------------------------------------------------------

struct Kind {
  const char* kind;
  int sig;
  const char* header;
  const char* symbol;
};

class FaultKindTest : public ::testing::TestWithParam<Kind> {};

TEST_P(FaultKindTest, ReportAndDeathBySignal) {
  const Kind& k = GetParam();
  RunResult r = RunInterp({Script("crash.py"), k.kind});
  ASSERT_TRUE(r.Signaled(k.sig)) << r.Describe();
  EXPECT_EQ(r.out, "");
  EXPECT_TRUE(FullMatch(r.err, std::string("Fatal error: ") + k.header + "\n" +
                                   kSig + "\n" + MainHeader(true) +
                                   CrashStack(k.kind) + kCStack))
      << r.err;
  EXPECT_NE(r.err.find(std::string(", at interp::faulthandler::") + k.symbol +
                       "()+0x"),
            std::string::npos)
      << r.err;
}

INSTANTIATE_TEST_SUITE_P(
    All, FaultKindTest,
    ::testing::Values(
        Kind{"read_null", SIGSEGV, "Segmentation fault", "ReadNull"},
        Kind{"sigsegv", SIGSEGV, "Segmentation fault", "Sigsegv"},
        Kind{"sigabrt", SIGABRT, "Aborted", "Sigabrt"},
        Kind{"sigfpe", SIGFPE, "Floating-point exception", "Sigfpe"},
        Kind{"sigbus", SIGBUS, "Bus error", "Sigbus"},
        Kind{"sigill", SIGILL, "Illegal instruction", "Sigill"}),
    [](const ::testing::TestParamInfo<Kind>& i) {
      return std::string(i.param.kind);
    });

// ---- targets and options
// ----------------------------------------------------------

TEST(E2E, ReportToFileDescriptorAndFileObject) {
  for (const char* mode : {"fd", "fileobj"}) {
    std::string path = TmpPath(std::string("report_") + mode);
    RunResult r = RunInterp({Script("crash.py"), "sigsegv", mode, path});
    ASSERT_TRUE(r.Signaled(SIGSEGV)) << r.Describe();
    EXPECT_EQ(r.err, "");
    std::string report = ReadFile(path);
    EXPECT_TRUE(FullMatch(report, "Fatal error: Segmentation fault\n" + kSig +
                                      "\n" + MainHeader(true) +
                                      CrashStack("sigsegv") + kCStack))
        << mode << ":\n"
        << report;
  }
}

TEST(E2E, SingleThreadAndNoCStack) {
  RunResult r = RunInterp({Script("crash.py"), "sigsegv", "single"});
  ASSERT_TRUE(r.Signaled(SIGSEGV)) << r.Describe();
  EXPECT_TRUE(FullMatch(r.err, "Fatal error: Segmentation fault\n" + kSig +
                                   "\nStack \\(most "
                                   "recent call first\\):\n" +
                                   CrashStack("sigsegv") + kCStack))
      << r.err;
  r = RunInterp({Script("crash.py"), "sigsegv", "noc"});
  ASSERT_TRUE(r.Signaled(SIGSEGV)) << r.Describe();
  EXPECT_TRUE(FullMatch(r.err, "Fatal error: Segmentation fault\n" + kSig +
                                   "\n" + MainHeader(true) +
                                   CrashStack("sigsegv")))
      << r.err;
}

TEST(E2E, ClosedAndReusedDescriptor) {
  std::string first = TmpPath("reused_first"), second = TmpPath("reused_2nd");
  RunResult r =
      RunInterp({Script("crash.py"), "sigsegv", "reused", first, second});
  ASSERT_TRUE(r.Signaled(SIGSEGV)) << r.Describe();
  EXPECT_EQ(ReadFile(second), "");
  std::string report = ReadFile(first);
  EXPECT_TRUE(FullMatch(report, "Fatal error: Segmentation fault\n" + kSig +
                                    "\n" + MainHeader(true) +
                                    CrashStack("sigsegv")))
      << report;
}

TEST(E2E, DisableRestoresTheDefaultDeath) {
  RunResult r = RunInterp({Script("crash.py"), "sigsegv", "disabled"});
  ASSERT_TRUE(r.Signaled(SIGSEGV)) << r.Describe();
  EXPECT_EQ(r.out, "True False False\n");
  EXPECT_EQ(r.err, "");
}

// ---- threads --------------------------------------------------------------

// A worker of threads.py parked in done.wait(), or (rarely) at the safe
// point of that call, handing the global lock over: exactly these two.
std::string WorkerBlock(const std::string& name_re) {
  return "Thread " + kId + " \\[" + name_re +
         "\\] \\(most recent call first\\):\n(" +
         Native("threading.Event.wait") + ")?" +
         File("threads.py", 12, "worker");
}

TEST(E2E, DumpAllThreads) {
  RunResult r = RunInterp({Script("threads.py"), "dump"});
  ASSERT_TRUE(r.Exited(0)) << r.Describe();
  EXPECT_TRUE(FullMatch(r.err, WorkerBlock("worker-1") + "\n" +
                                   MainHeader(true) +
                                   Native("faulthandler.dump_traceback") +
                                   File("threads.py", 26, "<module>")))
      << r.err;
}

TEST(E2E, DumpCurrentThreadOnly) {
  RunResult r = RunInterp({Script("threads.py"), "single"});
  ASSERT_TRUE(r.Exited(0)) << r.Describe();
  EXPECT_TRUE(FullMatch(r.err, "Stack \\(most recent call first\\):\n" +
                                   Native("faulthandler.dump_traceback") +
                                   File("threads.py", 28, "<module>")))
      << r.err;
}

TEST(E2E, ThreadLimit) {
  RunResult r = RunInterp({Script("threads.py"), "limit"});
  ASSERT_TRUE(r.Exited(0)) << r.Describe();
  // max_threads=2: the newest other thread, "...", the current (main) one.
  EXPECT_TRUE(FullMatch(r.err, WorkerBlock("extra-3") + "\n\\.\\.\\.\n\n" +
                                   MainHeader(true) +
                                   Native("faulthandler.dump_traceback") +
                                   File("threads.py", 32, "<module>")))
      << r.err;
}

TEST(E2E, NamesAreEscapedAndTruncated) {
  RunResult r = RunInterp({Script("threads.py"), "escape"});
  ASSERT_TRUE(r.Exited(0)) << r.Describe();
  EXPECT_TRUE(FullMatch(
      r.err, WorkerBlock(std::string(500, 'n') + "\\.\\.\\.") + "\n" +
                 WorkerBlock("w\\\\xf6rker\\\\x09\\\\u20ac\\\\U0001f600") +
                 "\n" + WorkerBlock("worker-1") + "\n" + MainHeader(true) +
                 Native("faulthandler.dump_traceback") +
                 File("threads.py", 36, "<module>")))
      << r.err;
}

TEST(E2E, CrashWithThreads) {
  RunResult r = RunInterp({Script("threads.py"), "crash"});
  ASSERT_TRUE(r.Signaled(SIGSEGV)) << r.Describe();
  EXPECT_TRUE(FullMatch(r.err, "Fatal error: Segmentation fault\n" + kSig +
                                   "\n" + WorkerBlock("worker-1") + "\n" +
                                   MainHeader(true) +
                                   Native("faulthandler._sigsegv") +
                                   File("threads.py", 39, "<module>")))
      << r.err;
}

TEST(E2E, ThreadBootstrapAddsNoFrame) {
  RunResult r = RunInterp({Script("thread_run.py")});
  ASSERT_TRUE(r.Exited(0)) << r.Describe();
  const std::string stack = "Stack \\(most recent call first\\):\n" +
                            Native("faulthandler.dump_traceback") +
                            File("thread_run.py", 13, "f");
  EXPECT_TRUE(FullMatch(r.err, stack + stack + Native("threading.Thread.run") +
                                   File("thread_run.py", 9, "run")))
      << r.err;
}

// A running generator's frame is a frame like any other on its thread's
// stack (the worker spins in spin(), called by consume()'s for loop; the
// main thread signals from inside kill_inside()); the suspended generator
// `parked` is on no stack.
TEST(E2E, GeneratorFramesInASignalDump) {
  RunResult r = RunInterp({Script("generators.py")});
  ASSERT_TRUE(r.Exited(0)) << r.Describe();
  EXPECT_EQ(r.out, "after the dump\ndone\n");
  // The spinning loop is `while not state["stop"]: pass` (lines 15-16).
  const std::string spin = "  File \"" + Lit(PrintedScript("generators.py")) +
                           "\", line 1[56] in spin\n";
  EXPECT_TRUE(
      FullMatch(r.err, "Thread " + kId +
                           " \\[gen-worker\\] \\(most recent call first\\):\n" +
                           spin + File("generators.py", 21, "consume") + "\n" +
                           MainHeader(true) + Native("os.kill") +
                           File("generators.py", 30, "kill_inside") +
                           File("generators.py", 40, "<module>")))
      << r.err;
}

TEST(E2E, StackOverflowInWorkerThread) {
  RunResult r = RunInterp({Script("overflow.py")});
  ASSERT_TRUE(r.Signaled(SIGSEGV)) << r.Describe();
  EXPECT_TRUE(FullMatch(
      r.err,
      "Fatal error: Segmentation fault\n" + kSig + "\n" + MainHeader(false) +
          // Still waiting in start() for the new thread, or already
          // joining it: exactly one of these two.
          "(" + Native("threading.Thread.start") +
          File("overflow.py", 14, "<module>") + "|" +
          Native("threading.Thread.join") +
          File("overflow.py", 15, "<module>") + ")" + "\nCurrent thread " +
          kId + " \\[deep\\] \\(most recent call first\\):\n" +
          Native("faulthandler._stack_overflow") +
          File("overflow.py", 10, "run")))
      << r.err;
}

// Thread blocks of concurrent.py: where each thread can be when one of them
// faults, listed exhaustively.
std::string CrasherFrames() {
  return "(  <no script frame>\n|(" + Native("threading.Event.wait") + ")?" +
         File("concurrent.py", 10, "crash") + "|(" +
         Native("faulthandler._sigsegv") + ")?" +
         File("concurrent.py", 11, "crash") + ")";
}
std::string ConcurrentMainFrames() {
  return "((" + Native("threading.Event.set") + ")?" +
         File("concurrent.py", 17, "<module>") + "|(" +
         Native("faulthandler._sigsegv") + ")?" +
         File("concurrent.py", 18, "<module>") + ")";
}

TEST(E2E, ConcurrentFaultsGiveOneReport) {
  const std::string other =
      "(Thread " + kId +
      " \\[crasher-[0-2]\\] \\(most recent call first\\):\n" + CrasherFrames() +
      "|" + MainHeader(false) + ConcurrentMainFrames() + ")\n";
  // The thread whose fault is reported is inside _sigsegv.
  const std::string current =
      "Current thread " + kId +
      " \\[(crasher-[0-2]|MainThread)\\] \\(most recent call first\\):\n" +
      Native("faulthandler._sigsegv") + "(" +
      File("concurrent.py", 11, "crash") + "|" +
      File("concurrent.py", 18, "<module>") + ")";
  for (int i = 0; i < 3; ++i) {
    RunResult r = RunInterp({Script("concurrent.py")});
    ASSERT_TRUE(r.Signaled(SIGSEGV)) << r.Describe();
    EXPECT_TRUE(FullMatch(r.err, "Fatal error: Segmentation fault\n" + kSig +
                                     "\n(" + other + "){3}" + current +
                                     kCStack))
        << r.err;
    // Each of the four threads exactly once.
    for (const char* name :
         {"[crasher-0]", "[crasher-1]", "[crasher-2]", "[MainThread]"}) {
      EXPECT_EQ(CountOf(r.err, name), 1) << name << "\n" << r.err;
    }
  }
}

TEST(E2E, FaultInsideAScriptSignalHandler) {
  RunResult r = RunInterp({Script("in_handler.py")});
  ASSERT_TRUE(r.Signaled(SIGSEGV)) << r.Describe();
  EXPECT_TRUE(FullMatch(
      r.err, "Fatal error: Segmentation fault\n" + kSig + "\n" +
                 MainHeader(true) + Native("faulthandler._sigsegv") +
                 File("in_handler.py", 10, "on_usr1") +
                 // The handler runs before os.kill returns,
                 // as in CPython.
                 Native("os.kill") + File("in_handler.py", 14, "<module>")))
      << r.err;
}

// ---- fatal errors ---------------------------------------------------------

TEST(E2E, FatalError) {
  RunResult r = RunInterp({Script("fatal.py"), "main"});
  ASSERT_TRUE(r.Signaled(SIGABRT)) << r.Describe();
  EXPECT_TRUE(FullMatch(r.err, "Fatal error: xyz is broken\n" + kSig + "\n" +
                                   MainHeader(true) +
                                   Native("faulthandler._fatal_error") +
                                   File("fatal.py", 9, "fail") +
                                   File("fatal.py", 13, "<module>")))
      << r.err;
}

TEST(E2E, FatalErrorInNativeThread) {
  RunResult r = RunInterp({Script("fatal.py"), "thread"});
  ASSERT_TRUE(r.Signaled(SIGABRT)) << r.Describe();
  EXPECT_TRUE(FullMatch(
      r.err, "Fatal error: in new thread\n" + kSig + "\n" + MainHeader(false) +
                 Native("faulthandler._fatal_error_c_thread") +
                 File("fatal.py", 8, "fail") +
                 File("fatal.py", 13, "<module>") + "\nCurrent thread " + kId +
                 " \\(most recent call first\\):\n  <no script frame>\n"))
      << r.err;
}

// ---- watchdog -------------------------------------------------------------

std::string TimeoutBlock(const std::string& timeout, int line) {
  return "Timeout \\(" + Lit(timeout) + "\\)!\n" +
         MainStateHeader("sleeping in time\\.sleep" + kFor) +
         Native("time.sleep") + File("watchdog.py", line, "<module>");
}

TEST(E2E, WatchdogOnce) {
  RunResult r = RunInterp({Script("watchdog.py"), "once"});
  ASSERT_TRUE(r.Exited(0)) << r.Describe();
  EXPECT_EQ(r.out, "done\n");
  EXPECT_TRUE(FullMatch(r.err, TimeoutBlock("0:00:00.200000", 9))) << r.err;
}

TEST(E2E, WatchdogRepeatThenCancel) {
  RunResult r = RunInterp({Script("watchdog.py"), "repeat"});
  ASSERT_TRUE(r.Exited(0)) << r.Describe();
  EXPECT_TRUE(FullMatch(r.err, "(" + TimeoutBlock("0:00:00.100000", 12) + ")+"))
      << r.err;
  int n = CountOf(r.err, "Timeout (");
  EXPECT_GE(n, 3) << r.err;
  EXPECT_LE(n, 6) << r.err;
}

TEST(E2E, WatchdogCancel) {
  RunResult r = RunInterp({Script("watchdog.py"), "cancel"});
  ASSERT_TRUE(r.Exited(0)) << r.Describe();
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.out, "done\n");
}

TEST(E2E, WatchdogExit) {
  RunResult r = RunInterp({Script("watchdog.py"), "exit"});
  ASSERT_TRUE(r.Exited(1)) << r.Describe();
  EXPECT_EQ(r.out, "");
  EXPECT_TRUE(FullMatch(r.err, TimeoutBlock("0:00:00.100000", 22))) << r.err;
}

TEST(E2E, WatchdogReArm) {
  RunResult r = RunInterp({Script("watchdog.py"), "rearm"});
  ASSERT_TRUE(r.Exited(0)) << r.Describe();
  EXPECT_TRUE(FullMatch(r.err, TimeoutBlock("0:00:00.100000", 27))) << r.err;
}

// ---- user signals ---------------------------------------------------------

std::string SignalDump(bool all_threads) {
  return (all_threads ? MainHeader(true)
                      : std::string("Stack \\(most recent call first\\):\n")) +
         Native("os.kill") + File("register.py", 31, "<module>");
}

TEST(E2E, RegisterWithoutChain) {
  RunResult r = RunInterp({Script("register.py"), "nochain"});
  ASSERT_TRUE(r.Exited(0)) << r.Describe();
  EXPECT_TRUE(FullMatch(r.err, SignalDump(true))) << r.err;
  EXPECT_EQ(r.out, "calls 0\n");
}

TEST(E2E, RegisterWithChainCallsTheScriptHandler) {
  RunResult r = RunInterp({Script("register.py"), "chain"});
  ASSERT_TRUE(r.Exited(0)) << r.Describe();
  EXPECT_TRUE(FullMatch(r.err, SignalDump(true))) << r.err;
  EXPECT_EQ(r.out, "calls 1\n");
}

TEST(E2E, RegisterSingleThread) {
  RunResult r = RunInterp({Script("register.py"), "single"});
  ASSERT_TRUE(r.Exited(0)) << r.Describe();
  EXPECT_TRUE(FullMatch(r.err, SignalDump(false))) << r.err;
}

TEST(E2E, Unregister) {
  RunResult r = RunInterp({Script("register.py"), "unregister"});
  ASSERT_TRUE(r.Exited(0)) << r.Describe();
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.out, "True\nFalse\ncalls 1\n");
}

// ---- fork, start-up, API
// ----------------------------------------------------------

TEST(E2E, Fork) {
  std::string log = TmpPath("fork_watchdog");
  RunResult r = RunInterp({Script("forked.py"), log});
  ASSERT_TRUE(r.Exited(0)) << r.Describe();
  EXPECT_EQ(r.out,
            "child cancel fast True\ncrasher signaled True 11\n"
            "canceller exited False 0\n");
  // The crashing child reports with the handlers it inherited.
  EXPECT_TRUE(FullMatch(r.err, "Fatal error: Segmentation fault\n" + kSig +
                                   "\n" + MainHeader(true) +
                                   Native("faulthandler._sigsegv") +
                                   File("forked.py", 16, "<module>")))
      << r.err;
  // One dump, by the parent (waiting for the crasher); none from the
  // crasher, which outlived the timeout.
  std::string dump = ReadFile(log);
  EXPECT_TRUE(FullMatch(dump, "Timeout \\(0:00:00\\.300000\\)!\n" +
                                  MainStateHeader("in os\\.waitpid" + kFor) +
                                  Native("os.waitpid") +
                                  File("forked.py", 24, "<module>")))
      << dump;
}

TEST(E2E, StartupSwitch) {
  RunResult r = RunInterp({"-X", "faulthandler", Script("startup.py")});
  ASSERT_TRUE(r.Exited(0)) << r.Describe();
  EXPECT_EQ(r.out, "True {'faulthandler': True}\n");
  r = RunInterp({Script("startup.py")}, {"INTERP_FAULTHANDLER=1"});
  ASSERT_TRUE(r.Exited(0)) << r.Describe();
  EXPECT_EQ(r.out, "True {}\n");
  r = RunInterp({Script("startup.py")}, {"INTERP_FAULTHANDLER="});
  ASSERT_TRUE(r.Exited(0)) << r.Describe();
  EXPECT_EQ(r.out, "False {}\n");
  r = RunInterp({Script("startup.py")});
  EXPECT_EQ(r.out, "False {}\n");
}

TEST(E2E, StartupSwitchReportsCrashes) {
  RunResult r = RunInterp({"-X", "faulthandler", "-c",
                           "import faulthandler\nfaulthandler._sigsegv()\n"});
  ASSERT_TRUE(r.Signaled(SIGSEGV)) << r.Describe();
  EXPECT_TRUE(FullMatch(
      r.err, "Fatal error: Segmentation fault\n" + kSig + "\n" +
                 MainHeader(true) + Native("faulthandler._sigsegv") +
                 "  File \"<string>\", line 2 in <module>\n" + kCStack))
      << r.err;
}

TEST(E2E, ApiErrors) {
  RunResult r = RunInterp({Script("api_errors.py")});
  ASSERT_TRUE(r.Exited(0)) << r.Describe();
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.out,
            "ValueError: timeout must be greater than 0\n"
            "ValueError: timeout must be greater than 0\n"
            "ValueError: file is not a valid file descriptor\n"
            "ValueError: file is not a valid file descriptor\n"
            "RuntimeError: signal 11 cannot be registered, use enable() "
            "instead\n"
            "ValueError: signal number out of range\n"
            "False\n"
            "False\n"
            "RuntimeError: sys.stderr is None\n"
            "RuntimeError: sys.stderr is None\n"
            "None True True\n"
            // Negative descriptors.
            "ValueError: file is not a valid file descriptor\n"
            "ValueError: file is not a valid file descriptor\n"
            "ValueError: file is not a valid file descriptor\n"
            // Fatal, uncatchable and out-of-range signals.
            "RuntimeError: signal 8 cannot be registered, use enable() "
            "instead\n"
            "RuntimeError: signal 6 cannot be registered, use enable() "
            "instead\n"
            "RuntimeError: signal 7 cannot be registered, use enable() "
            "instead\n"
            "RuntimeError: signal 4 cannot be registered, use enable() "
            "instead\n"
            "RuntimeError: signal 9 cannot be registered: it cannot be "
            "caught\n"
            "RuntimeError: signal 19 cannot be registered: it cannot be "
            "caught\n"
            "ValueError: signal number out of range\n"
            "ValueError: signal number out of range\n"
            "ValueError: signal number out of range\n"
            "ValueError: max_threads must be at least 1\n"
            "ValueError: max_threads must be at least 1\n"
            "AttributeError: 'object' object has no attribute 'fileno'\n"
            // sys.stderr is None.
            "RuntimeError: sys.stderr is None\n"
            "RuntimeError: sys.stderr is None\n"
            "RuntimeError: sys.stderr is None\n"
            // Nothing was left enabled or registered by the failed calls.
            "False False\n"
            "False False\n");
}

TEST(E2E, DumpCStack) {
  RunResult r = RunInterp({Script("c_stack.py")});
  ASSERT_TRUE(r.Exited(0)) << r.Describe();
  std::string lines =
      "Current thread's C stack trace \\(most recent call first\\):\n"
      "(  (Binary file \"[^\"\n]+\"|<unknown>)(, at [^\n]+)? "
      "\\[0x[0-9a-f]+\\]\n)+(  <truncated rest of calls>\n)?";
  EXPECT_TRUE(FullMatch(r.err, lines)) << r.err;
  EXPECT_TRUE(FullMatch(r.out, lines)) << r.out;
}

// ---- more options and targets --------------------------------------------

TEST(E2E, EnableAgainUpdatesTheSettings) {
  RunResult r = RunInterp({Script("crash.py"), "sigsegv", "update"});
  ASSERT_TRUE(r.Signaled(SIGSEGV)) << r.Describe();
  EXPECT_TRUE(FullMatch(r.err, "Fatal error: Segmentation fault\n" + kSig +
                                   "\nStack \\(most "
                                   "recent call first\\):\n" +
                                   CrashStack("sigsegv")))
      << r.err;
}

// dump_traceback, the watchdog and register, each to a file object and to a
// descriptor.
TEST(E2E, EveryDumpWritesToFileObjectsAndDescriptors) {
  const std::string stack = "Stack \\(most recent call first\\):\n";
  struct Case {
    const char* kind;
    std::string report;
  } cases[] = {
      {"dump", stack + Native("faulthandler.dump_traceback") +
                   File("targets.py", 15, "<module>")},
      {"later", "Timeout \\(0:00:00\\.050000\\)!\n" +
                    MainStateHeader("sleeping in time\\.sleep" + kFor) +
                    Native("time.sleep") + File("targets.py", 18, "<module>")},
      {"register",
       stack + Native("os.kill") + File("targets.py", 24, "<module>")},
  };
  for (const Case& c : cases) {
    for (const std::string suffix : {"", "_fd"}) {
      std::string kind = c.kind + suffix;
      std::string path = TmpPath("target_" + kind);
      RunResult r = RunInterp({Script("targets.py"), kind, path});
      ASSERT_TRUE(r.Exited(0)) << kind << ": " << r.Describe();
      EXPECT_EQ(r.out, "ok\n") << kind;
      EXPECT_EQ(r.err, "") << kind;
      std::string report = ReadFile(path);
      EXPECT_TRUE(FullMatch(report, c.report)) << kind << ":\n" << report;
    }
  }
}

TEST(E2E, RegisterSurvivesAClosedAndReusedDescriptor) {
  std::string first = TmpPath("reg_first"), second = TmpPath("reg_second");
  RunResult r =
      RunInterp({Script("targets.py"), "register_closed", first, second});
  ASSERT_TRUE(r.Exited(0)) << r.Describe();
  EXPECT_EQ(ReadFile(second), "");
  std::string report = ReadFile(first);
  EXPECT_TRUE(FullMatch(report, "Stack \\(most recent call first\\):\n" +
                                    Native("os.kill") +
                                    File("targets.py", 24, "<module>")))
      << report;
}

TEST(E2E, RegisterChainedToTheDefaultActionDumpsThenDies) {
  RunResult r = RunInterp({Script("register.py"), "chain_default"});
  ASSERT_TRUE(r.Signaled(SIGUSR2)) << r.Describe();
  EXPECT_EQ(r.out, "");
  EXPECT_TRUE(FullMatch(r.err, SignalDump(true))) << r.err;
}

// ---- truncation and escaping ----------------------------------------------

std::string DeepStack(int n) {
  // n + 1 calls of rec (the innermost at line 8) under <module>.
  std::vector<std::string> frames = {Native("faulthandler.dump_traceback"),
                                     File("deep.py", 8, "rec")};
  for (int i = 0; i < n; ++i) frames.push_back(File("deep.py", 10, "rec"));
  frames.push_back(File("deep.py", 13, "<module>"));
  std::string out = "Stack \\(most recent call first\\):\n";
  size_t shown = std::min<size_t>(frames.size(), 100);
  for (size_t i = 0; i < shown; ++i) out += frames[i];
  size_t more = frames.size() - shown;
  if (more == 1) out += "  \\.\\.\\. \\(1 more frame\\)\n";
  if (more > 1) {
    out += "  \\.\\.\\. \\(" + std::to_string(more) + " more frames\\)\n";
  }
  return out;
}

TEST(E2E, AtMostOneHundredFramesPerThread) {
  for (int n : {97, 98, 300}) {  // 100, 101 and 303 frames
    RunResult r = RunInterp({Script("deep.py"), std::to_string(n)});
    ASSERT_TRUE(r.Exited(0)) << r.Describe();
    EXPECT_TRUE(FullMatch(r.err, DeepStack(n))) << n << ":\n" << r.err;
  }
}

// What a report shows of a UTF-8 name: at most 500 characters, escaped,
// then "..." when cut.
std::string EscapeAndCut(const std::string& utf8) {
  std::string out;
  size_t chars = 0, i = 0;
  while (i < utf8.size() && chars < 500) {
    auto c = static_cast<unsigned char>(utf8[i]);
    int len = c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
    uint32_t cp = len == 1 ? c : c & (0x3f >> (len - 1));
    for (int k = 1; k < len; ++k) {
      cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3f);
    }
    i += len;
    ++chars;
    if (cp >= 0x20 && cp <= 0x7e) {
      out += static_cast<char>(cp);
    } else if (cp <= 0xff) {
      out += absl::StrFormat("\\x%02x", cp);
    } else if (cp <= 0xffff) {
      out += absl::StrFormat("\\u%04x", cp);
    } else {
      out += absl::StrFormat("\\U%08x", cp);
    }
  }
  if (i < utf8.size()) out += "...";
  return out;
}

TEST(E2E, LongAndNonAsciiFunctionAndFileNames) {
  // A file name of more than 500 characters with non-ASCII and control
  // characters near its start.
  std::string dir = TmpPath("\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\t");
  ASSERT_EQ(mkdir(dir.c_str(), 0755) == 0 || errno == EEXIST, true);
  for (char c : {'p', 'q', 'r'}) {
    dir += "/" + std::string(200, c);
    ASSERT_EQ(mkdir(dir.c_str(), 0755) == 0 || errno == EEXIST, true) << dir;
  }
  std::string path = dir + "/names.py";
  std::string long_name(600, 'f');
  {
    std::ofstream out(path);
    out << "import faulthandler\n"  // 1
           "\n"                     // 2
           "\n"                     // 3
           "def "
        << long_name
        << "():\n"                                                 // 4
           "    faulthandler.dump_traceback(all_threads=False)\n"  // 5
           "\n"                                                    // 6
           "\n"                                                    // 7
           "def w\xc3\xb6rker_\xc3\xb1():\n"                       // 8
           "    "
        << long_name
        << "()\n"                         // 9
           "\n"                           // 10
           "\n"                           // 11
           "w\xc3\xb6rker_\xc3\xb1()\n";  // 12
  }
  RunResult r = RunInterp({path});
  ASSERT_TRUE(r.Exited(0)) << r.Describe();
  std::string file = "  File \"" + Lit(EscapeAndCut(path)) + "\", line ";
  EXPECT_TRUE(FullMatch(
      r.err, "Stack \\(most recent call first\\):\n" +
                 Native("faulthandler.dump_traceback") + file + "5 in " +
                 std::string(500, 'f') + "\\.\\.\\.\n" + file +
                 "9 in w\\\\xf6rker_\\\\xf1\n" + file + "12 in <module>\n"))
      << r.err;
}

// ---- the watchdog's clock --------------------------------------------------

TEST(E2E, WatchdogNeverFiresEarlyAndNotMuchLate) {
  RunResult r = RunInterp({Script("watchdog.py"), "precise"});
  ASSERT_TRUE(r.Exited(1)) << r.Describe();
  EXPECT_TRUE(FullMatch(
      r.err, "Timeout \\(0:00:00\\.250001\\)!\n" +
                 MainStateHeader("sleeping in time\\.sleep" + kFor) +
                 Native("time.sleep") + File("watchdog.py", 35, "<module>")))
      << r.err;
  ASSERT_TRUE(FullMatch(r.out, "[0-9]+\\.[0-9]+(e[-+][0-9]+)?\n")) << r.out;
  double start = strtod(r.out.c_str(), nullptr);
  double elapsed = r.first_err_time - start;
  // Monotonic, microsecond resolution: never before the timeout (1 us of
  // slack for the float round trip). The upper bound is coarse on purpose:
  // a loaded 2-core machine may be slow to schedule the watchdog.
  EXPECT_GE(elapsed, 0.250001 - 1e-6);
  EXPECT_LT(elapsed, 3.0);
}

// ---- garbage collection ----------------------------------------------------

TEST(E2E, GarbageCollectingThreadsSayso) {
  RunResult r = RunInterp({Script("gc.py")});
  ASSERT_TRUE(r.Exited(0)) << r.Describe();
  // Every dump is complete; the main thread is somewhere in the loop,
  // possibly collecting garbage, or (leading and trailing dumps only) still
  // in the call that armed or already in the one that cancels the watchdog.
  // A slow build (ASan) on a loaded machine can spend several 1 ms periods
  // in either call, so more than one dump may catch it there.
  const std::string header =
      "Timeout \\(0:00:00\\.001000\\)!\n" + MainStateHeader("running");
  const std::string armed = header +
                            Native("faulthandler.dump_traceback_later") +
                            File("gc.py", 12, "<module>");
  const std::string dump =
      header + "(  Garbage-collecting\n)?(" + File("gc.py", 7, "<listcomp>") +
      ")?(" + File("gc.py", 7, "churn") + ")?(" +
      File("gc.py", 13, "<module>") + "|" + File("gc.py", 14, "<module>") + ")";
  const std::string cancel =
      header + Native("faulthandler.cancel_dump_traceback_later") +
      File("gc.py", 15, "<module>");
  // Matched dump by dump (one regex over hundreds of dumps would recurse
  // deeply inside std::regex).
  std::vector<std::string> dumps;
  for (size_t pos = 0; pos < r.err.size();) {
    size_t next = r.err.find("Timeout (", pos + 1);
    if (next == std::string::npos) next = r.err.size();
    dumps.push_back(r.err.substr(pos, next - pos));
    pos = next;
  }
  ASSERT_FALSE(dumps.empty());
  bool arming = true;       // no dump has seen the loop yet
  bool cancelling = false;  // a dump has seen the cancelling call
  for (size_t i = 0; i < dumps.size(); ++i) {
    bool ok;
    if (arming && FullMatch(dumps[i], armed)) {
      ok = true;
    } else if (!cancelling && FullMatch(dumps[i], dump)) {
      arming = false;
      ok = true;
    } else {
      arming = false;
      cancelling = true;
      ok = FullMatch(dumps[i], cancel);
    }
    EXPECT_TRUE(ok) << "dump " << i << ":\n" << dumps[i];
  }
  // The collector runs often in this loop: some of the ~hundreds of dumps
  // catch it.
  EXPECT_GE(CountOf(r.err, "Timeout ("), 10) << r.err.substr(0, 4000);
  EXPECT_GE(CountOf(r.err, "  Garbage-collecting\n"), 1)
      << r.err.substr(0, 4000);
}

}  // namespace
}  // namespace interp::testing
