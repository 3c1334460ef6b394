// ASYNC-SIGNAL-SAFE: FatalHandler, FatalError and everything they call run
// inside signal handlers (or on the way to abort). They use only atomics,
// sigaction, raise, abort, nanosleep, fstat, pthread_self, and functions of
// writer.cc, report_claim.cc, traceback.cc and c_stack.cc (all marked
// async-signal-safe). Enable/Disable run in normal context under a
// std::mutex.
//
// One report per process: the first thread to fault claims the report
// (CAS on g_report_owner) and takes priority over any dump in flight
// (report_claim.h). A second thread that faults meanwhile -- with the same
// signal or another -- is a follower: it writes nothing, waits (bounded) for
// the report to finish and then for the process to die by the owner's
// signal, so the header always names the signal the process dies of. For
// that the owner restores only its own signal's previous handler; the
// others keep this handler (a follower entering it late still waits) until
// a follower gives up waiting or Disable runs. A fault inside the
// reporting thread itself (a bug in the report, a corrupt stack) resets
// every fatal signal to its default action and dies at once -- never loops,
// never hangs.
//
// Exit (runtime/thread_registry.h): the interpreter's exit, os._exit and
// the watchdog's exit=True wait for a report in progress and the death it
// leads to, then close a gate; a fault whose report would start after that
// writes nothing and lets the exit finish (as if it came after the exit).
// So a fault racing exit ends either in a whole report and death by its
// signal, or in the exit's status and no report -- never in half a report.
#include <errno.h>
#include <sched.h>
#include <signal.h>
#include <time.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <mutex>

#include "absl/status/status.h"
#include "faulthandler/c_stack.h"
#include "faulthandler/crash_signature.h"
#include "faulthandler/faulthandler.h"
#include "faulthandler/internal.h"
#include "faulthandler/report_claim.h"
#include "faulthandler/traceback.h"
#include "faulthandler/writer.h"
#include "runtime/frames/thread_registry.h"

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
// Identity of the file g_fd named at Enable (internal::CheckReportFd).
std::atomic<uint64_t> g_fd_dev{0};
std::atomic<uint64_t> g_fd_ino{0};
std::atomic<bool> g_all_threads{true};
std::atomic<bool> g_c_stack{true};
std::atomic<int> g_max_threads{kDefaultMaxThreads};
std::atomic<bool> g_json{false};
// The kernel's signal-return trampoline (sa_restorer), marking where the
// interrupted code starts in a trace taken inside the handler.
std::atomic<const void*> g_restorer{nullptr};

std::atomic<void (*)()> g_report_hook{nullptr};

std::atomic<uint64_t> g_report_owner{0};
std::atomic<bool> g_report_done{false};

// Stands for Disable in g_report_owner while it swaps handlers and the
// descriptor (thread idents are pthread_t addresses, never 1).
constexpr uint64_t kDisarming = 1;

// How long a second faulting thread waits for the first one's report, and
// then for the process to die by the first one's signal.
constexpr int kWaitForReportMs = 10000;
constexpr int kWaitForDeathMs = 5000;

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

// The report's own signal gets its previous handler back; the other fatal
// signals keep this handler, whose followers wait for the death.
void RestorePreviousOf(int signum) {
  for (FatalSignal& s : g_signals) {
    if (s.signum == signum && s.installed.exchange(false)) {
      sigaction(s.signum, &s.previous, nullptr);
    }
  }
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

// A follower: the owner's signal ends the process within microseconds of
// the report; waiting for it keeps this thread's own signal from killing
// the process first (the header would name the wrong signal). Bounded, for
// an owner whose previous handler let the process live.
void WaitForDeath() {
  for (int i = 0; i < kWaitForDeathMs; ++i) SleepMs(1);
}

// The process is past its exit gate: the exit (exit_group) ends this
// thread with the rest within moments. Bounded, for an exit that hangs.
void WaitForExit() {
  for (int i = 0; i < 2000; ++i) SleepMs(1);
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
  // Disable holds the claim only while swapping handlers and descriptor
  // (no waiting, no writing), so the bound here is never reached in
  // practice; it exists so that nothing in a handler waits forever.
  for (int i = 0; i < 100000; ++i) {
    uint64_t expected = 0;
    if (g_report_owner.compare_exchange_strong(expected, self)) {
      return Claim::kOwner;
    }
    if (expected != kDisarming) {
      return expected == self ? Claim::kReentered : Claim::kOther;
    }
    sched_yield();
  }
  return Claim::kOther;
}

// The report's descriptor, checked against the file recorded at Enable.
int ReportFdNow() {
  int fd = g_fd.load();
  return internal::CheckReportFd(fd, g_fd_dev.load(), g_fd_ino.load());
}

// `signum` 0: the runtime's FatalError (its message is the fault kind of
// the crash signature). Text: the header line goes out before anything
// else is computed; the signature, which symbolizes the native stack, comes
// right after it.
void WriteReport(int fd, const char* header, int signum, uint64_t self,
                 const void* ucontext, bool all_threads, bool c_stack,
                 int max_threads, bool json) {
  Writer w(fd);
  const char* kind = signum != 0 ? SignalKindName(signum) : header;
  uint64_t signature = 0;
  if (json) {
    signature = ComputeCrashSignature(kind, ucontext);
    BeginJsonReport(w, "fatal");
    w.Str(", \"error\": ").JsonString(header).Str(", \"signal\": ");
    if (signum != 0) {
      w.Dec(static_cast<uint64_t>(signum))
          .Str(", \"signal_name\": \"")
          .Str(SignalKindName(signum))
          .Char('"');
    } else {
      w.Str("null, \"signal_name\": null");
    }
    w.Str(",\n\"crash_signature\": \"").Hex(signature, 16).Str("\",\n");
    w.EndLine();
  } else {
    w.Str("Fatal error: ").Str(header).Char('\n');
    w.Flush();
    signature = ComputeCrashSignature(kind, ucontext);
    WriteCrashSignature(w, signature);
    w.Char('\n');
  }
  w.Flush();
  ThreadDumpStyle style;
  style.json = json;
  style.now_ns = MonotonicNowNs();
  if (all_threads) {
    DumpAllThreads(w, self, max_threads, style);
  } else {
    DumpCurrentStack(w, self, style);
  }
  if (void (*hook)() = g_report_hook.load(); hook != nullptr) hook();
  if (c_stack) {
    w.Str(json ? ",\n" : "\n");
    DumpCStack(w, ucontext, ucontext != nullptr ? g_restorer.load() : nullptr,
               1, json);
  }
  if (json) EndJsonReport(w);
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
      if (WaitForReport()) WaitForDeath();
      // Still alive: let this signal take its course.
      RestorePrevious();
      break;
    case Claim::kOwner: {
      if (g_enabled.load() && g_fd.load() >= 0) {
        if (BeginFatalReport()) {
          StartFatalReport(self);
          WriteReport(ReportFdNow(), SignalName(signum), signum, self, ucontext,
                      g_all_threads.load(), g_c_stack.load(),
                      g_max_threads.load(), g_json.load());
          EndFatalReport();
        } else {
          WaitForExit();
        }
      }
      RestorePreviousOf(signum);
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
  absl::StatusOr<internal::ReportFd> fd = internal::DupFd(options.fd);
  if (!fd.ok()) return fd.status();
  // Also without c_stack: the crash signature symbolizes the native stack.
  WarmUpCStack();
  internal::EnsureAltStack();
  std::lock_guard<std::mutex> lock(g_api_mu);
  g_all_threads.store(options.all_threads);
  g_c_stack.store(options.c_stack);
  g_max_threads.store(options.max_threads);
  g_json.store(ResolveFormat(options.format) == ReportFormat::kJson);
  // The identity first: a handler reading the new fd with the old identity
  // would take it for a replaced file (and fall back to stderr).
  g_fd_dev.store(fd->dev);
  g_fd_ino.store(fd->ino);
  int old = g_fd.exchange(fd->fd);
  if (!g_enabled.load() && !internal::FatalReportInProgress()) {
    g_report_owner.store(0);
    g_report_done.store(false);
    ResetFatalReportStarted();
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
  // Hold the report claim while swapping: a handler either finished its
  // report before (and Disable waits for the death it leads to) or starts
  // after, finding the previous handlers and no descriptor.
  uint64_t expected = 0;
  if (!g_report_owner.compare_exchange_strong(expected, kDisarming)) {
    if (expected != CurrentIdent()) interp::WaitForFatalReportToEnd();
    // Still alive: the report is over; leave its descriptor open (a
    // follower may still be reading it), restore the handlers.
    bool was = g_enabled.load();
    RestorePrevious();
    return was;
  }
  bool was = g_enabled.load();
  RestorePrevious();
  internal::CloseFd(g_fd.exchange(-1));
  g_report_owner.store(0);
  return was;
}

bool IsEnabled() { return g_enabled.load(); }

namespace internal {

void DisableFatal() { Disable(); }

bool FatalReportInProgress() {
  uint64_t owner = g_report_owner.load();
  return owner != 0 && owner != kDisarming;
}

void SetFatalReportHookForTesting(void (*hook)()) { g_report_hook.store(hook); }

}  // namespace internal

void FatalError(const char* msg) {
  uint64_t self = CurrentIdent();
  Claim claim = ClaimReport(self);
  if (claim == Claim::kOther && WaitForReport()) WaitForDeath();
  if (claim == Claim::kOwner && !BeginFatalReport()) WaitForExit();
  if (claim == Claim::kOwner) {
    StartFatalReport(self);
    bool enabled = g_enabled.load();
    int fd = enabled ? ReportFdNow() : -1;
    if (fd < 0) fd = 2;
    WriteReport(
        fd, msg != nullptr ? msg : "", 0, self, nullptr,
        enabled ? g_all_threads.load() : true,
        enabled ? g_c_stack.load() : true,
        enabled ? g_max_threads.load() : kDefaultMaxThreads,
        enabled ? g_json.load() : DefaultReportFormat() == ReportFormat::kJson);
    EndFatalReport();
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
