// End-to-end: runs the interp binary on the scripts in e2e/ and checks the
// reports with anchored regexes (SPEC 2).
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "tests/faulthandler/test_util.h"

extern char** environ;

namespace interp::testing {
namespace {

struct RunResult {
  int status = 0;
  bool timed_out = false;
  std::string out, err;

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
  std::vector<std::string> envs;
  for (char** e = environ; *e != nullptr; ++e) {
    if (std::string(*e).rfind("INTERP_FAULTHANDLER=", 0) != 0) {
      envs.push_back(*e);
    }
  }
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
const std::string kCStack =
    "\nCurrent thread's C stack trace \\(most recent call first\\):\n"
    "(  (Binary file \"[^\"\n]+\"|<unknown>)(, at [^\n]+)? "
    "\\[0x[0-9a-f]+\\]\n)+"
    "(  <truncated rest of calls>\n)?";

std::string File(const std::string& script, int line, const std::string& fn) {
  return "  File \"" + Lit(Script(script)) + "\", line " +
         std::to_string(line) + " in " + Lit(fn) + "\n";
}
std::string Native(const std::string& name) {
  return "  <native> " + Lit(name) + "\n";
}
std::string MainHeader(bool current) {
  return std::string(current ? "Current thread " : "Thread ") + kId +
         " \\[MainThread\\] \\(most recent call first\\):\n";
}
std::string CrashStack(const std::string& kind) {
  return Native("faulthandler._" + kind) + File("crash.py", 17, "inner") +
         File("crash.py", 21, "outer") + File("crash.py", 47, "<module>");
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
  EXPECT_TRUE(FullMatch(r.err, std::string("Fatal error: ") + k.header +
                                   "\n\n" + MainHeader(true) +
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
    EXPECT_TRUE(FullMatch(report, "Fatal error: Segmentation fault\n\n" +
                                      MainHeader(true) + CrashStack("sigsegv") +
                                      kCStack))
        << mode << ":\n"
        << report;
  }
}

TEST(E2E, SingleThreadAndNoCStack) {
  RunResult r = RunInterp({Script("crash.py"), "sigsegv", "single"});
  ASSERT_TRUE(r.Signaled(SIGSEGV)) << r.Describe();
  EXPECT_TRUE(FullMatch(r.err,
                        "Fatal error: Segmentation fault\n\nStack \\(most "
                        "recent call first\\):\n" +
                            CrashStack("sigsegv") + kCStack))
      << r.err;
  r = RunInterp({Script("crash.py"), "sigsegv", "noc"});
  ASSERT_TRUE(r.Signaled(SIGSEGV)) << r.Describe();
  EXPECT_TRUE(FullMatch(r.err, "Fatal error: Segmentation fault\n\n" +
                                   MainHeader(true) + CrashStack("sigsegv")))
      << r.err;
}

TEST(E2E, ClosedAndReusedDescriptor) {
  std::string first = TmpPath("reused_first"), second = TmpPath("reused_2nd");
  RunResult r =
      RunInterp({Script("crash.py"), "sigsegv", "reused", first, second});
  ASSERT_TRUE(r.Signaled(SIGSEGV)) << r.Describe();
  EXPECT_EQ(ReadFile(second), "");
  std::string report = ReadFile(first);
  EXPECT_TRUE(FullMatch(report, "Fatal error: Segmentation fault\n\n" +
                                    MainHeader(true) + CrashStack("sigsegv")))
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
  EXPECT_TRUE(FullMatch(
      r.err, "Fatal error: Segmentation fault\n\n" + WorkerBlock("worker-1") +
                 "\n" + MainHeader(true) + Native("faulthandler._sigsegv") +
                 File("threads.py", 39, "<module>")))
      << r.err;
}

TEST(E2E, StackOverflowInWorkerThread) {
  RunResult r = RunInterp({Script("overflow.py")});
  ASSERT_TRUE(r.Signaled(SIGSEGV)) << r.Describe();
  EXPECT_TRUE(FullMatch(
      r.err, "Fatal error: Segmentation fault\n\n" + MainHeader(false) +
                 // Still waiting in start() for the new thread, or already
                 // joining it: exactly one of these two.
                 "(" + Native("threading.Thread.start") +
                 File("overflow.py", 14, "<module>") + "|" +
                 Native("threading.Thread.join") +
                 File("overflow.py", 15, "<module>") + ")" +
                 "\nCurrent thread " + kId +
                 " \\[deep\\] \\(most recent call first\\):\n" +
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
    EXPECT_TRUE(FullMatch(r.err, "Fatal error: Segmentation fault\n\n(" +
                                     other + "){3}" + current + kCStack))
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
      r.err, "Fatal error: Segmentation fault\n\n" + MainHeader(true) +
                 Native("faulthandler._sigsegv") +
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
  EXPECT_TRUE(FullMatch(r.err, "Fatal error: xyz is broken\n\n" +
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
      r.err, "Fatal error: in new thread\n\n" + MainHeader(false) +
                 Native("faulthandler._fatal_error_c_thread") +
                 File("fatal.py", 8, "fail") +
                 File("fatal.py", 13, "<module>") + "\nCurrent thread " + kId +
                 " \\(most recent call first\\):\n  <no script frame>\n"))
      << r.err;
}

// ---- watchdog -------------------------------------------------------------

std::string TimeoutBlock(const std::string& timeout, int line) {
  return "Timeout \\(" + Lit(timeout) + "\\)!\n" + MainHeader(false) +
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
         Native("os.kill") + File("register.py", 26, "<module>");
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
  EXPECT_TRUE(FullMatch(r.err, "Fatal error: Segmentation fault\n\n" +
                                   MainHeader(true) +
                                   Native("faulthandler._sigsegv") +
                                   File("forked.py", 16, "<module>")))
      << r.err;
  // One dump, by the parent (waiting for the crasher); none from the
  // crasher, which outlived the timeout.
  std::string dump = ReadFile(log);
  EXPECT_TRUE(FullMatch(dump, "Timeout \\(0:00:00\\.300000\\)!\n" +
                                  MainHeader(false) + Native("os.waitpid") +
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
      r.err, "Fatal error: Segmentation fault\n\n" + MainHeader(true) +
                 Native("faulthandler._sigsegv") +
                 "  File \"<string>\", line 2 in <module>\n" + kCStack))
      << r.err;
}

TEST(E2E, ApiErrors) {
  RunResult r = RunInterp({Script("api_errors.py")});
  ASSERT_TRUE(r.Exited(0)) << r.Describe();
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
            "None True True\n");
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

}  // namespace
}  // namespace interp::testing
