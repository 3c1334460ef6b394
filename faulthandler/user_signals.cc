// ASYNC-SIGNAL-SAFE: UserSignalHandler and everything it calls run inside
// signal handlers. It uses only atomics, sigaction, raise, pthread_self,
// fstat and functions of writer.cc, report_claim.cc and traceback.cc
// (marked async-signal-safe), the
// raw rt_sigaction/rt_sigprocmask/tgkill/gettid/getpid system calls, plus
// the previously installed handler when chaining (as the signal's owner
// intended). Register/Unregister run in normal context under a std::mutex.
//
// A storm of signals: each dump is one unit on its stream (DumpClaim), so
// handlers running on several threads at once never splice their dumps;
// a handler that cannot get the slot in bounded time writes nothing. The
// handler is never installed with SA_NODEFER, also with chain=True: the
// signal stays blocked while its handler runs, so a storm queues at most
// one pending instance per thread instead of nesting the handler on itself
// until the alternate stack is exhausted (what CPython does). The previous
// handler still runs for every delivery this handler gets, as CPython
// chains it.
#include <errno.h>
#include <signal.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include <atomic>
#include <mutex>

#include "absl/status/status.h"
#include "absl/strings/str_format.h"
#include "faulthandler/c_stack.h"
#include "faulthandler/faulthandler.h"
#include "faulthandler/internal.h"
#include "faulthandler/report_claim.h"
#include "faulthandler/traceback.h"
#include "faulthandler/writer.h"

namespace interp::faulthandler {
namespace {

struct UserSignal {
  std::atomic<bool> registered{false};
  std::atomic<int> fd{-1};
  // Identity of the file fd named at Register (internal::CheckReportFd).
  std::atomic<uint64_t> dev{0};
  std::atomic<uint64_t> ino{0};
  std::atomic<bool> all_threads{true};
  std::atomic<bool> chain{false};
  std::atomic<int> max_threads{kDefaultMaxThreads};
  std::atomic<bool> json{false};
  // Saved by the first Register, restored by Unregister.
  struct sigaction previous = {};
};

UserSignal g_user[NSIG];
std::mutex g_api_mu;
// Handlers currently writing (so that a descriptor is not closed under
// one of them).
std::atomic<int> g_in_flight{0};

bool IsFatal(int signum) {
  return signum == SIGSEGV || signum == SIGFPE || signum == SIGABRT ||
         signum == SIGBUS || signum == SIGILL;
}

// The kernel's struct sigaction (not libc's): the raw system call below
// takes it.
struct KernelSigaction {
  void (*handler)(int);
  unsigned long flags;
  void (*restorer)();
  uint64_t mask;
};

// The default action (terminate, core, ignore, ...) only the kernel can
// take: put SIG_DFL back for a moment, make sure the signal is not blocked
// in this handler, send it again, and restore what was installed. All of it
// with raw system calls: a sanitizer's sigaction/sigprocmask/raise are
// emulated in user space (TSan would hand the signal straight back to this
// handler), and the handler the kernel really has installed is restored
// exactly, whoever's it is. The signal mask is restored by the kernel when
// this handler returns.
void TakeDefaultAction(int signum) {
  KernelSigaction dfl = {};
  dfl.handler = SIG_DFL;
  KernelSigaction saved;
  if (syscall(SYS_rt_sigaction, signum, &dfl, &saved, sizeof(uint64_t)) != 0) {
    return;
  }
  uint64_t unblock = uint64_t{1} << (signum - 1);
  syscall(SYS_rt_sigprocmask, SIG_UNBLOCK, &unblock, nullptr, sizeof(uint64_t));
  syscall(SYS_tgkill, getpid(), syscall(SYS_gettid), signum);
  syscall(SYS_rt_sigaction, signum, &saved, nullptr, sizeof(uint64_t));
}

void CallPrevious(int signum, siginfo_t* info, void* ucontext,
                  const struct sigaction& prev) {
  if ((prev.sa_flags & SA_SIGINFO) != 0) {
    if (prev.sa_sigaction != nullptr) prev.sa_sigaction(signum, info, ucontext);
    return;
  }
  if (prev.sa_handler == SIG_IGN) return;
  if (prev.sa_handler == SIG_DFL) {
    TakeDefaultAction(signum);
    return;
  }
  prev.sa_handler(signum);
}

void UserSignalHandler(int signum, siginfo_t* info, void* ucontext) {
  int saved_errno = errno;
  if (signum <= 0 || signum >= NSIG) return;
  UserSignal& u = g_user[signum];
  g_in_flight.fetch_add(1);
  int fd = u.fd.load();
  if (u.registered.load() && fd >= 0) {
    uint64_t self = CurrentIdent();
    // The claim outlives the writer: its last write happens before the
    // slot is released.
    DumpClaim claim(self);
    if (claim.held()) {
      Writer w(internal::CheckReportFd(fd, u.dev.load(), u.ino.load()));
      w.YieldToFatalReport();
      ThreadDumpStyle style;
      style.json = u.json.load();
      style.now_ns = MonotonicNowNs();
      if (style.json) {
        BeginJsonReport(w, "signal");
        w.Str(", \"signal\": ").Dec(static_cast<uint64_t>(signum));
        w.Str(", \"signal_name\": ");
        const char* name = SignalShortName(signum);
        if (name != nullptr) {
          w.Char('"').Str(name).Char('"');
        } else {
          w.Str("null");
        }
        w.Str(",\n");
      }
      if (u.all_threads.load()) {
        DumpAllThreads(w, self, u.max_threads.load(), style);
      } else {
        DumpCurrentStack(w, self, style);
      }
      if (style.json) EndJsonReport(w);
    }
  }
  g_in_flight.fetch_sub(1);
  if (u.registered.load() && u.chain.load()) {
    errno = saved_errno;
    CallPrevious(signum, info, ucontext, u.previous);
  }
  errno = saved_errno;
}

// Closes a descriptor once no handler can still be writing to it (bounded
// wait: a handler stuck in write(2) leaks the descriptor instead).
void RetireFd(int fd) {
  if (fd < 0) return;
  for (int i = 0; i < 1000 && g_in_flight.load() != 0; ++i) {
    struct timespec ts = {0, 1000000L};
    nanosleep(&ts, nullptr);
  }
  if (g_in_flight.load() == 0) internal::CloseFd(fd);
}

bool UnregisterLocked(int signum) {
  UserSignal& u = g_user[signum];
  if (!u.registered.load()) return false;
  sigaction(signum, &u.previous, nullptr);
  u.registered.store(false);
  RetireFd(u.fd.exchange(-1));
  return true;
}

}  // namespace

absl::Status Register(int signum, const RegisterOptions& options) {
  if (signum < 1 || signum >= NSIG) {
    return absl::InvalidArgumentError("signal number out of range");
  }
  if (IsFatal(signum)) {
    return absl::FailedPreconditionError(absl::StrFormat(
        "signal %d cannot be registered, use enable() instead", signum));
  }
  if (signum == SIGKILL || signum == SIGSTOP) {
    return absl::FailedPreconditionError(absl::StrFormat(
        "signal %d cannot be registered: it cannot be caught", signum));
  }
  // The handler's libc calls bound ahead (lazy binding; see c_stack.h).
  WarmUpCStack();
  if (absl::Status s = internal::CheckMaxThreads(options.max_threads);
      !s.ok()) {
    return s;
  }
  absl::StatusOr<internal::ReportFd> fd = internal::DupFd(options.fd);
  if (!fd.ok()) return fd.status();
  internal::EnsureAltStack();
  std::lock_guard<std::mutex> lock(g_api_mu);
  UserSignal& u = g_user[signum];
  u.all_threads.store(options.all_threads);
  u.max_threads.store(options.max_threads);
  u.chain.store(options.chain);
  u.json.store(ResolveFormat(options.format) == ReportFormat::kJson);
  u.dev.store(fd->dev);
  u.ino.store(fd->ino);
  int old = u.fd.exchange(fd->fd);
  struct sigaction act = {};
  act.sa_sigaction = UserSignalHandler;
  sigemptyset(&act.sa_mask);
  // No SA_NODEFER, also when chaining (see the file comment).
  act.sa_flags = SA_SIGINFO | SA_RESTART | SA_ONSTACK;
  struct sigaction prev;
  if (sigaction(signum, &act, &prev) != 0) {
    int err = errno;
    internal::CloseFd(u.fd.exchange(old));
    return absl::ErrnoToStatus(err, "sigaction");
  }
  if (!u.registered.load()) {
    u.previous = prev;
    u.registered.store(true);
  }
  RetireFd(old);
  internal::DisarmAtExit();
  return absl::OkStatus();
}

bool Unregister(int signum) {
  if (signum < 1 || signum >= NSIG) return false;
  std::lock_guard<std::mutex> lock(g_api_mu);
  return UnregisterLocked(signum);
}

namespace internal {

void UnregisterAllUserSignals() {
  std::lock_guard<std::mutex> lock(g_api_mu);
  for (int s = 1; s < NSIG; ++s) UnregisterLocked(s);
}

}  // namespace internal

}  // namespace interp::faulthandler
