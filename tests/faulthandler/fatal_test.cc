// Fatal-signal reports, each scenario run in a forked child that really
// crashes; the report is checked with anchored regexes and the child must
// die by the original signal.
// ASYNC-SIGNAL-SAFE: CustomSegvHandler (installed, never run) is empty; the
// report hook runs Sigsegv (crash_helpers.cc), which only faults;
// SlowPreviousSegvHandler stores an atomic, sleeps and calls sigaction.
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <string>
#include <thread>

#include "faulthandler/faulthandler.h"
#include "faulthandler/internal.h"
#include "gtest/gtest.h"
#include "runtime/frames/code_info.h"
#include "runtime/frames/thread_registry.h"
#include "tests/core/test_frames.h"
#include "tests/faulthandler/test_util.h"

namespace interp::faulthandler {
namespace {

using testing::ChildResult;
using testing::CountOf;
using testing::FullMatch;
using testing::RunChild;

constexpr char kIdent[] = "0x[0-9a-f]{16}";
// The crash signature line right after the header of every fatal report.
const std::string kSig = "Crash signature: [0-9a-f]{16}\n";
// Any number of well-formed C stack lines.
constexpr char kCStackLines[] =
    "(  (Binary file \"[^\"\n]+\"|<unknown>)(, at [^\n]+)? "
    "\\[0x[0-9a-f]+\\]\n)+"
    "(  <truncated rest of calls>\n)?";

// The script stack every crash scenario runs under.
ThreadState* SetUpMainThread() {
  ThreadState* ts = AttachThreadState(nullptr, true);
  ts->SetName("MainThread", 10);
  LineEntry lines[] = {{0, 4}, {10, 8}, {20, 10}};
  testing::PushScriptFrame(ts, NewCodeInfo("<module>", "crash.py", lines, 3, 1),
                           20);
  testing::PushScriptFrame(ts, NewCodeInfo("outer", "crash.py", lines, 3, 1),
                           10);
  testing::PushNativeFrame(ts, InternNativeInfo("faulthandler._sigsegv"));
  testing::PushScriptFrame(ts, NewCodeInfo("inner", "crash.py", lines, 3, 1),
                           0);
  return ts;
}

const char kMainStack[] =
    "  File \"crash\\.py\", line 4 in inner\n"
    "  <native> faulthandler\\._sigsegv\n"
    "  File \"crash\\.py\", line 8 in outer\n"
    "  File \"crash\\.py\", line 10 in <module>\n";

std::string MainBlock() {
  return std::string("Current thread ") + kIdent +
         " \\[MainThread\\] \\(most recent call first\\):\n" + kMainStack;
}

struct FaultCase {
  const char* name;
  void (*crash)();
  int signum;
  const char* header;
  const char* c_symbol;  // expected in the C stack
};

class FatalSignalTest : public ::testing::TestWithParam<FaultCase> {};

TEST_P(FatalSignalTest, ReportsAndDiesBySignal) {
  const FaultCase& c = GetParam();
  ChildResult r = RunChild([&](int fd) {
    SetUpMainThread();
    if (!Enable({.fd = fd}).ok()) _exit(3);
    c.crash();
  });
  ASSERT_TRUE(r.Signaled(c.signum)) << r.Describe();
  EXPECT_TRUE(FullMatch(r.output, std::string("Fatal error: ") + c.header +
                                      "\n" + kSig + "\n" + MainBlock() +
                                      "\nCurrent thread's C stack trace "
                                      "\\(most recent call first\\):\n" +
                                      kCStackLines))
      << r.output;
  EXPECT_NE(r.output.find(std::string(", at ") + c.c_symbol + "+0x"),
            std::string::npos)
      << r.output;
  EXPECT_EQ(CountOf(r.output, "Fatal error"), 1);
}

INSTANTIATE_TEST_SUITE_P(
    AllFaults, FatalSignalTest,
    ::testing::Values(
        FaultCase{"ReadNull", ReadNull, SIGSEGV, "Segmentation fault",
                  "interp::faulthandler::ReadNull()"},
        FaultCase{"Sigsegv", Sigsegv, SIGSEGV, "Segmentation fault",
                  "interp::faulthandler::Sigsegv()"},
        FaultCase{"Sigabrt", Sigabrt, SIGABRT, "Aborted",
                  "interp::faulthandler::Sigabrt()"},
        FaultCase{"Sigfpe", Sigfpe, SIGFPE, "Floating-point exception",
                  "interp::faulthandler::Sigfpe()"},
        FaultCase{"Sigbus", Sigbus, SIGBUS, "Bus error",
                  "interp::faulthandler::Sigbus()"},
        FaultCase{"Sigill", Sigill, SIGILL, "Illegal instruction",
                  "interp::faulthandler::Sigill()"}),
    [](const ::testing::TestParamInfo<FaultCase>& info) {
      return std::string(info.param.name);
    });

TEST(Fatal, SingleThreadWithoutCStack) {
  ChildResult r = RunChild([](int fd) {
    SetUpMainThread();
    (void)Enable({.fd = fd, .all_threads = false, .c_stack = false});
    Sigsegv();
  });
  ASSERT_TRUE(r.Signaled(SIGSEGV)) << r.Describe();
  EXPECT_TRUE(FullMatch(r.output,
                        std::string("Fatal error: Segmentation fault\n" + kSig +
                                    "\n"
                                    "Stack \\(most recent call first\\):\n") +
                            kMainStack))
      << r.output;
}

TEST(Fatal, FirstLineOfTheCStackIsTheFaultingFunction) {
  ChildResult r = RunChild([](int fd) {
    (void)Enable({.fd = fd, .all_threads = false});
    Sigsegv();
  });
  ASSERT_TRUE(r.Signaled(SIGSEGV)) << r.Describe();
#if !INTERP_TSAN
  EXPECT_TRUE(FullMatch(
      r.output,
      "Fatal error: Segmentation fault\n" + kSig +
          "\nStack \\(most recent call "
          "first\\):\n  <no script frame>\n\nCurrent thread's C stack trace "
          "\\(most recent call first\\):\n  Binary file \"[^\"]+\", at "
          "interp::faulthandler::Sigsegv\\(\\)\\+0x[0-9a-f]+ "
          "\\[0x[0-9a-f]+\\]\n"
          "(.*\n)*"))
      << r.output;
#else
  // (TSan calls handlers through its own trampoline, so the handler's own
  // frames stay in the trace there: the faulting function comes later.)
  EXPECT_TRUE(FullMatch(
      r.output,
      "Fatal error: Segmentation fault\n" + kSig +
          "\nStack \\(most recent call "
          "first\\):\n  <no script frame>\n\nCurrent thread's C stack trace "
          "\\(most recent call first\\):\n(  [^\n]+\n)*  Binary file "
          "\"[^\"]+\", "
          "at interp::faulthandler::Sigsegv\\(\\)\\+0x[0-9a-f]+ "
          "\\[0x[0-9a-f]+\\]\n(.*\n)*"))
      << r.output;
#endif
}

TEST(Fatal, StackOverflowInWorkerThread) {
  ChildResult r = RunChild([](int fd) {
    SetUpMainThread();
    (void)Enable({.fd = fd, .c_stack = false});
    std::thread([] {
      ThreadState* ts = AttachThreadState(nullptr, false);
      ts->SetName("worker", 6);
      LineEntry line = {0, 3};
      testing::PushScriptFrame(
          ts, NewCodeInfo("recurse", "deep.py", &line, 1, 3), 0);
      StackOverflow();
    }).join();
  });
  ASSERT_TRUE(r.Signaled(SIGSEGV)) << r.Describe();
  EXPECT_TRUE(FullMatch(
      r.output, std::string("Fatal error: Segmentation fault\n" + kSig +
                            "\n"
                            "Thread ") +
                    kIdent +
                    " \\[MainThread\\] \\(most recent call first\\):\n" +
                    kMainStack + "\nCurrent thread " + kIdent +
                    " \\[worker\\] \\(most recent call first\\):\n"
                    "  File \"deep\\.py\", line 3 in recurse\n"))
      << r.output;
}

TEST(Fatal, ConcurrentFaultsGiveOneCompleteReport) {
  for (int round = 0; round < 5; ++round) {
    ChildResult r = RunChild([](int fd) {
      SetUpMainThread();
      (void)Enable({.fd = fd});
      std::atomic<int> ready{0};
      auto crasher = [&] {
        AttachThreadState(nullptr, false);
        ready++;
        while (ready.load() < 3) {
        }
        Sigsegv();
      };
      std::thread a(crasher), b(crasher);
      ready++;
      while (ready.load() < 3) {
      }
      Sigsegv();
    });
    ASSERT_TRUE(r.Signaled(SIGSEGV)) << r.Describe();
    EXPECT_EQ(CountOf(r.output, "Fatal error: Segmentation fault"), 1)
        << r.output;
    EXPECT_EQ(CountOf(r.output, "Current thread "), 1) << r.output;
    EXPECT_EQ(CountOf(r.output, "Current thread's C stack trace"), 1)
        << r.output;
    EXPECT_TRUE(FullMatch(
        r.output, std::string("Fatal error: Segmentation fault\n" + kSig +
                              "\n"
                              "(.*\n)*Current thread's C stack trace "
                              "\\(most recent call first\\):\n") +
                      kCStackLines))
        << r.output;
  }
}

std::atomic<bool> g_in_previous_handler{false};

// The handler installed before Enable: after the report it runs for the
// repeated fault, dawdles (standing for a reporting thread preempted
// between its report and its death), then lets the fault kill.
void SlowPreviousSegvHandler(int, siginfo_t*, void*) {
  g_in_previous_handler.store(true);
  struct timespec ts = {0, 20 * 1000000L};
  nanosleep(&ts, nullptr);
  struct sigaction dfl = {};
  dfl.sa_handler = SIG_DFL;
  sigemptyset(&dfl.sa_mask);
  sigaction(SIGSEGV, &dfl, nullptr);
}

// Issue 17, item 5: a fault of another kind in another thread right after
// the report, before the reporting thread's death, must not kill the
// process first: the header names the signal the process dies of.
TEST(Fatal, HeaderNamesTheSignalTheProcessDiesOf) {
  for (int round = 0; round < 100; ++round) {
    ChildResult r = RunChild([](int fd) {
      SetUpMainThread();
      struct sigaction slow = {};
      slow.sa_sigaction = SlowPreviousSegvHandler;
      slow.sa_flags = SA_SIGINFO;
      sigemptyset(&slow.sa_mask);
      sigaction(SIGSEGV, &slow, nullptr);
      (void)Enable({.fd = fd, .c_stack = false});
      std::thread([] {
        AttachThreadState(nullptr, false);
        while (!g_in_previous_handler.load()) {
        }
        Sigfpe();
      }).detach();
      Sigsegv();
    });
    ASSERT_TRUE(r.Signaled(SIGSEGV)) << r.Describe();
    ASSERT_EQ(CountOf(r.output, "Fatal error: "), 1) << r.output;
    ASSERT_TRUE(FullMatch(
        r.output, "Fatal error: Segmentation fault\n" + kSig + "\n(.*\n)*"))
        << r.output;
  }
}

TEST(Fatal, FaultInsideTheHandlerDiesWithoutLooping) {
  ChildResult r = RunChild(
      [](int fd) {
        SetUpMainThread();
        (void)Enable({.fd = fd});
        internal::SetFatalReportHookForTesting([] { Sigsegv(); });
        Sigabrt();
      },
      10000);
  EXPECT_FALSE(r.timed_out);
  // The nested fault kills the process with the default action.
  EXPECT_TRUE(r.Signaled(SIGSEGV)) << r.Describe();
  EXPECT_TRUE(
      FullMatch(r.output, "Fatal error: Aborted\n" + kSig + "\n" + MainBlock()))
      << r.output;
}

TEST(Fatal, FatalErrorWritesMessageReportAndAborts) {
  ChildResult r = RunChild([](int fd) {
    SetUpMainThread();
    (void)Enable({.fd = fd, .c_stack = false});
    FatalError("heap invariant broken");
  });
  ASSERT_TRUE(r.Signaled(SIGABRT)) << r.Describe();
  EXPECT_TRUE(FullMatch(r.output, "Fatal error: heap invariant broken\n" +
                                      kSig + "\n" + MainBlock()))
      << r.output;
}

TEST(Fatal, FatalErrorInNativeThreadWithoutScriptFrame) {
  ChildResult r = RunChild([](int fd) {
    SetUpMainThread();
    (void)Enable({.fd = fd, .c_stack = false});
    FatalErrorCThread();
  });
  ASSERT_TRUE(r.Signaled(SIGABRT)) << r.Describe();
  EXPECT_TRUE(FullMatch(
      r.output,
      std::string("Fatal error: in new thread\n" + kSig + "\nThread ") +
          kIdent + " \\[MainThread\\] \\(most recent call first\\):\n" +
          kMainStack + "\nCurrent thread " + kIdent +
          " \\(most recent call first\\):\n  <no script frame>\n"))
      << r.output;
}

TEST(Fatal, FatalErrorWithoutEnableGoesToStderr) {
  ChildResult r = RunChild([](int fd) {
    dup2(fd, 2);
    FatalError("boom");
  });
  ASSERT_TRUE(r.Signaled(SIGABRT)) << r.Describe();
  EXPECT_TRUE(FullMatch(
      r.output,
      std::string("Fatal error: boom\n" + kSig + "\nCurrent thread ") + kIdent +
          " \\(most recent call first\\):\n  <no script frame>\n\n"
          "Current thread's C stack trace \\(most recent call "
          "first\\):\n" +
          kCStackLines))
      << r.output;
}

TEST(Fatal, ClosedAndReusedDescriptorStillReachesTheOriginalFile) {
  char path[] = "/tmp/fh_reportXXXXXX";
  int file_fd = mkstemp(path);
  ASSERT_GE(file_fd, 0);
  ChildResult r = RunChild([&](int fd) {
    SetUpMainThread();
    (void)Enable({.fd = file_fd, .c_stack = false});
    close(file_fd);
    // The number is now reused by another file: the report must not go
    // there.
    int other = dup(fd);
    if (other != file_fd) dup2(fd, file_fd);
    Sigsegv();
  });
  ASSERT_TRUE(r.Signaled(SIGSEGV)) << r.Describe();
  EXPECT_EQ(r.output, "");  // nothing went to the descriptor's new owner
  std::string report;
  char buf[4096];
  ssize_t n;
  lseek(file_fd, 0, SEEK_SET);
  while ((n = read(file_fd, buf, sizeof(buf))) > 0) report.append(buf, n);
  close(file_fd);
  unlink(path);
  EXPECT_TRUE(FullMatch(
      report, "Fatal error: Segmentation fault\n" + kSig + "\n" + MainBlock()))
      << report;
}

void CustomSegvHandler(int, siginfo_t*, void*) {}

TEST(Fatal, DisableRestoresExactlyThePreviousHandlers) {
  struct sigaction custom = {};
  custom.sa_sigaction = CustomSegvHandler;
  custom.sa_flags = SA_SIGINFO | SA_RESTART;
  sigemptyset(&custom.sa_mask);
  sigaddset(&custom.sa_mask, SIGUSR2);
  struct sigaction saved;
  ASSERT_EQ(sigaction(SIGSEGV, &custom, &saved), 0);
  struct sigaction before_fpe;
  sigaction(SIGFPE, nullptr, &before_fpe);

  EXPECT_FALSE(IsEnabled());
  ASSERT_TRUE(Enable({.fd = 2}).ok());
  EXPECT_TRUE(IsEnabled());
  ASSERT_TRUE(Enable({.fd = 2, .all_threads = false}).ok());  // update
  struct sigaction now;
  sigaction(SIGSEGV, nullptr, &now);
  EXPECT_NE(now.sa_sigaction, CustomSegvHandler);
  EXPECT_TRUE(Disable());
  EXPECT_FALSE(Disable());
  EXPECT_FALSE(IsEnabled());
  sigaction(SIGSEGV, nullptr, &now);
  EXPECT_EQ(now.sa_sigaction, CustomSegvHandler);
  EXPECT_EQ(now.sa_flags & (SA_SIGINFO | SA_RESTART), SA_SIGINFO | SA_RESTART);
  EXPECT_TRUE(sigismember(&now.sa_mask, SIGUSR2));
  sigaction(SIGFPE, nullptr, &now);
  EXPECT_EQ(now.sa_handler, before_fpe.sa_handler);
  sigaction(SIGSEGV, &saved, nullptr);
}

TEST(Fatal, EnableRejectsBadDescriptors) {
  EXPECT_EQ(Enable({.fd = -1}).message(),
            "file is not a valid file descriptor");
  EXPECT_FALSE(Enable({.fd = 987654}).ok());
  EXPECT_EQ(Enable({.fd = 2, .max_threads = 0}).code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_FALSE(IsEnabled());
}

TEST(Fatal, ChildOfForkInheritsTheHandlers) {
  ChildResult r = RunChild([](int fd) {
    SetUpMainThread();
    (void)Enable({.fd = fd, .c_stack = false});
    pid_t pid = fork();
    if (pid == 0) {
      ResetThreadRegistryAfterFork(CurrentThreadState());
      Sigsegv();
    }
    int status = 0;
    waitpid(pid, &status, 0);
    _exit(WIFSIGNALED(status) ? 100 + WTERMSIG(status) : 1);
  });
  ASSERT_TRUE(r.Exited(100 + SIGSEGV)) << r.Describe();
  EXPECT_TRUE(FullMatch(r.output, "Fatal error: Segmentation fault\n" + kSig +
                                      "\n" + MainBlock()))
      << r.output;
}

}  // namespace
}  // namespace interp::faulthandler
