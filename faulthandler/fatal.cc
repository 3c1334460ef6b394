// ASYNC-SIGNAL-SAFE: FatalHandler, FatalError and everything they call run
// inside signal handlers (or on the way to abort). They use only atomics,
// sigaction, raise, abort, nanosleep, pthread_self, and functions of
// writer.cc, traceback.cc and c_stack.cc (all marked async-signal-safe).
// Enable/Disable run in normal context under a std::mutex.
//
// One report per process: the first thread to fault claims the report
// (CAS on g_report_owner). A second thread that faults meanwhile waits
// (bounded) for that report to finish instead of dying half-way through
// it; a fault inside the reporting thread itself (a bug in the report, a
// corrupt stack) resets every fatal signal to its default action and dies
// at once -- never loops, never hangs.
#include <errno.h>
#include <signal.h>
#include <time.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <mutex>

#include "absl/status/status.h"
#include "faulthandler/c_stack.h"
#include "faulthandler/faulthandler.h"
#include "faulthandler/internal.h"
#include "faulthandler/traceback.h"
#include "faulthandler/writer.h"

namespace interp::faulthandler {
namespace {

struct FatalSignal {
  int signum;
  const char* name;
  // Written in normal context before our handler is installed, read by
  // the handler after it runs.
  struct sigaction previous;
  std::atomic<bool> installed;
};

FatalSignal g_signals[] = {
    {SIGSEGV, "Segmentation fault", {}, {false}},
    {SIGFPE, "Floating-point exception", {}, {false}},
    {SIGABRT, "Aborted", {}, {false}},
    {SIGBUS, "Bus error", {}, {false}},
    {SIGILL, "Illegal instruction", {}, {false}},
};

std::mutex g_api_mu;  // Enable/Disable (normal context only)
std::atomic<bool> g_enabled{false};
std::atomic<int> g_fd{-1};
std::atomic<bool> g_all_threads{true};
std::atomic<bool> g_c_stack{true};
std::atomic<int> g_max_threads{kDefaultMaxThreads};
// The kernel's signal-return trampoline (sa_restorer), marking where the
// interrupted code starts in a trace taken inside the handler.
std::atomic<const void*> g_restorer{nullptr};

std::atomic<void (*)()> g_report_hook{nullptr};

std::atomic<uint64_t> g_report_owner{0};
std::atomic<bool> g_report_done{false};

// How long a second faulting thread waits for the first one's report.
constexpr int kWaitForReportMs = 10000;

const char* SignalName(int signum) {
  for (const FatalSignal& s : g_signals) {
    if (s.signum == signum) return s.name;
  }
  return "Unknown signal";
}

void ResetAllToDefault() {
  struct sigaction dfl = {};
  dfl.sa_handler = SIG_DFL;
  sigemptyset(&dfl.sa_mask);
  for (FatalSignal& s : g_signals) sigaction(s.signum, &dfl, nullptr);
}

void RestorePrevious() {
  for (FatalSignal& s : g_signals) {
    if (s.installed.exchange(false)) sigaction(s.signum, &s.previous, nullptr);
  }
  g_enabled.store(false);
}

void SleepMs(int ms) {
  struct timespec ts = {0, ms * 1000000L};
  while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
  }
}

// Waits (bounded) until the thread that owns the report has finished it.
bool WaitForReport() {
  for (int i = 0; i < kWaitForReportMs; ++i) {
    if (g_report_done.load()) return true;
    SleepMs(1);
  }
  return g_report_done.load();
}

// After the report: make the signal reach whatever handles it now. A
// hardware fault repeats when the handler returns (and then reaches the
// restored handler with its genuine siginfo); a signal sent with kill,
// raise or abort does not, so it is sent again.
void Redeliver(int signum, const siginfo_t* info) {
  if (info == nullptr || info->si_code <= 0) raise(signum);
}

enum class Claim { kOwner, kReentered, kOther };

Claim ClaimReport(uint64_t self) {
  uint64_t expected = 0;
  if (g_report_owner.compare_exchange_strong(expected, self)) {
    return Claim::kOwner;
  }
  return expected == self ? Claim::kReentered : Claim::kOther;
}

void WriteReport(int fd, const char* header, const char* header2, uint64_t self,
                 const void* ucontext, bool all_threads, bool c_stack,
                 int max_threads) {
  Writer w(fd);
  w.Str("Fatal error: ").Str(header).Str(header2).Str("\n\n");
  w.Flush();
  if (all_threads) {
    DumpAllThreads(w, self, max_threads);
  } else {
    DumpCurrentStack(w, self);
  }
  if (void (*hook)() = g_report_hook.load(); hook != nullptr) hook();
  if (c_stack) {
    w.Char('\n');
    DumpCStack(w, ucontext, ucontext != nullptr ? g_restorer.load() : nullptr,
               1);
  }
  w.Flush();
}

void FatalHandler(int signum, siginfo_t* info, void* ucontext) {
  int saved_errno = errno;
  uint64_t self = CurrentIdent();
  switch (ClaimReport(self)) {
    case Claim::kReentered:
      // Faulted while writing our own report: give up on it.
      ResetAllToDefault();
      break;
    case Claim::kOther:
      if (!WaitForReport()) ResetAllToDefault();
      break;
    case Claim::kOwner: {
      int fd = g_fd.load();
      if (fd >= 0 && g_enabled.load()) {
        WriteReport(fd, SignalName(signum), "", self, ucontext,
                    g_all_threads.load(), g_c_stack.load(),
                    g_max_threads.load());
      }
      RestorePrevious();
      g_report_done.store(true);
      break;
    }
  }
  errno = saved_errno;
  Redeliver(signum, info);
}

}  // namespace

absl::Status Enable(const Options& options) {
  if (absl::Status s = internal::CheckMaxThreads(options.max_threads);
      !s.ok()) {
    return s;
  }
  absl::StatusOr<int> fd = internal::DupFd(options.fd);
  if (!fd.ok()) return fd.status();
  if (options.c_stack) WarmUpCStack();
  internal::EnsureAltStack();
  std::lock_guard<std::mutex> lock(g_api_mu);
  g_all_threads.store(options.all_threads);
  g_c_stack.store(options.c_stack);
  g_max_threads.store(options.max_threads);
  int old = g_fd.exchange(*fd);
  if (!g_enabled.load()) {
    g_report_owner.store(0);
    g_report_done.store(false);
    struct sigaction act = {};
    act.sa_sigaction = FatalHandler;
    sigemptyset(&act.sa_mask);
    // SA_NODEFER: a fault inside the handler re-enters it (and is handled
    // as such) instead of being forced fatal by the kernel with no word;
    // SA_ONSTACK: stack overflows are reported from the alternate stack.
    act.sa_flags = SA_SIGINFO | SA_NODEFER | SA_ONSTACK;
    for (FatalSignal& s : g_signals) {
      if (sigaction(s.signum, &act, &s.previous) == 0) {
        s.installed.store(true);
        struct sigaction cur;
        if (g_restorer.load() == nullptr &&
            sigaction(s.signum, nullptr, &cur) == 0) {
          g_restorer.store(reinterpret_cast<const void*>(cur.sa_restorer));
        }
      }
    }
    g_enabled.store(true);
  }
  if (old >= 0 && !internal::FatalReportInProgress()) internal::CloseFd(old);
  internal::DisarmAtExit();
  return absl::OkStatus();
}

bool Disable() {
  std::lock_guard<std::mutex> lock(g_api_mu);
  if (!g_enabled.load()) return false;
  RestorePrevious();
  int old = g_fd.exchange(-1);
  if (!internal::FatalReportInProgress()) internal::CloseFd(old);
  return true;
}

bool IsEnabled() { return g_enabled.load(); }

namespace internal {

void DisableFatal() { Disable(); }

bool FatalReportInProgress() { return g_report_owner.load() != 0; }

void SetFatalReportHookForTesting(void (*hook)()) { g_report_hook.store(hook); }

}  // namespace internal

void FatalError(const char* msg) {
  uint64_t self = CurrentIdent();
  Claim claim = ClaimReport(self);
  if (claim == Claim::kOther) WaitForReport();
  if (claim == Claim::kOwner) {
    bool enabled = g_enabled.load();
    int fd = enabled ? g_fd.load() : -1;
    if (fd < 0) fd = 2;
    WriteReport(fd, msg != nullptr ? msg : "", "", self, nullptr,
                enabled ? g_all_threads.load() : true,
                enabled ? g_c_stack.load() : true,
                enabled ? g_max_threads.load() : kDefaultMaxThreads);
    RestorePrevious();
    g_report_done.store(true);
  }
  // The report is written: abort must not produce a second one.
  struct sigaction dfl = {};
  dfl.sa_handler = SIG_DFL;
  sigemptyset(&dfl.sa_mask);
  sigaction(SIGABRT, &dfl, nullptr);
  abort();
}

}  // namespace interp::faulthandler
