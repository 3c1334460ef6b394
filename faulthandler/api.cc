// Normal-context entry points: dump now, descriptor and alternate-stack
// helpers, disarming at exit.
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstdlib>
#include <mutex>

#include "absl/status/status.h"
#include "faulthandler/c_stack.h"
#include "faulthandler/faulthandler.h"
#include "faulthandler/internal.h"
#include "faulthandler/traceback.h"
#include "faulthandler/writer.h"

namespace interp::faulthandler {
namespace internal {

absl::StatusOr<int> DupFd(int fd) {
  if (fd < 0) {
    return absl::InvalidArgumentError("file is not a valid file descriptor");
  }
  int d = fcntl(fd, F_DUPFD_CLOEXEC, 3);
  if (d < 0) return absl::ErrnoToStatus(errno, "cannot duplicate descriptor");
  return d;
}

void CloseFd(int fd) {
  // Linux releases the descriptor even when close reports EINTR: never
  // retry (the number may already belong to someone else).
  if (fd >= 0) close(fd);
}

absl::Status CheckMaxThreads(int max_threads) {
  if (max_threads < 1) {
    return absl::InvalidArgumentError("max_threads must be at least 1");
  }
  return absl::OkStatus();
}

void EnsureAltStack() {
  static thread_local bool done __attribute__((tls_model("initial-exec"))) =
      false;
  if (done) return;
  stack_t cur;
  if (sigaltstack(nullptr, &cur) != 0) return;
  done = true;
  if ((cur.ss_flags & SS_DISABLE) == 0) return;  // the thread has one
  // Mapped once per such thread and never released: a signal may be
  // running on it at any time.
  size_t page = static_cast<size_t>(sysconf(_SC_PAGESIZE));
  size_t size = size_t{256} << 10;
  char* p = static_cast<char*>(
      mmap(nullptr, size + page, PROT_READ | PROT_WRITE,
           MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0));
  if (p == MAP_FAILED) return;
  mprotect(p, page, PROT_NONE);  // guard below the downward-growing stack
  stack_t ss = {};
  ss.ss_sp = p + page;
  ss.ss_size = size;
  sigaltstack(&ss, nullptr);
}

void DisarmAtExit() {
  static std::once_flag once;
  std::call_once(once, [] { atexit([] { DisarmAll(); }); });
}

}  // namespace internal

absl::Status DumpTraceback(int fd, bool all_threads, int max_threads) {
  if (fd < 0) {
    return absl::InvalidArgumentError("file is not a valid file descriptor");
  }
  if (absl::Status s = internal::CheckMaxThreads(max_threads); !s.ok()) {
    return s;
  }
  Writer w(fd);
  if (all_threads) {
    DumpAllThreads(w, CurrentIdent(), max_threads);
  } else {
    DumpCurrentStack(w, CurrentIdent());
  }
  return absl::OkStatus();
}

// noinline, with the internal DumpCStack noinline too: the trace must start
// at our caller (skip 0: the internal DumpCStack and this function are not
// shown), which inlining would shift (the host's own function was dropped
// when both skipped one frame more).
__attribute__((noinline)) absl::Status DumpCStack(int fd) {
  if (fd < 0) {
    return absl::InvalidArgumentError("file is not a valid file descriptor");
  }
  WarmUpCStack();
  Writer w(fd);
  DumpCStack(w, nullptr, nullptr, 0);
  return absl::OkStatus();
}

void DisarmAll() {
  CancelDumpTracebackLater();
  internal::UnregisterAllUserSignals();
  internal::DisableFatal();
}

}  // namespace interp::faulthandler
