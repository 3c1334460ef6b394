// Normal-context entry points: dump now, descriptor and alternate-stack
// helpers, disarming at exit.
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <mutex>

#include "absl/status/status.h"
#include "faulthandler/c_stack.h"
#include "faulthandler/faulthandler.h"
#include "faulthandler/internal.h"
#include "faulthandler/report_claim.h"
#include "faulthandler/traceback.h"
#include "faulthandler/writer.h"
#include "runtime/frames/thread_registry.h"

namespace interp::faulthandler {
namespace internal {

absl::StatusOr<ReportFd> DupFd(int fd) {
  if (fd < 0) {
    return absl::InvalidArgumentError("file is not a valid file descriptor");
  }
  struct stat st;
  if (fstat(fd, &st) != 0) {
    return absl::ErrnoToStatus(errno, "cannot duplicate descriptor");
  }
  // As high as the soft limit allows: F_DUPFD takes the lowest free number
  // at or above the hint, so try a few hints downwards (others may already
  // sit at the top).
  struct rlimit rl;
  long top = 1024;
  if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY) {
    top = static_cast<long>(rl.rlim_cur);
  }
  if (top > (1L << 20)) top = 1L << 20;
  int d = -1;
  for (long hint : {top - 64, top / 2, 3L}) {
    if (hint < 3) hint = 3;
    d = fcntl(fd, F_DUPFD_CLOEXEC, static_cast<int>(hint));
    if (d >= 0 || (errno != EINVAL && errno != EMFILE)) break;
  }
  if (d < 0) return absl::ErrnoToStatus(errno, "cannot duplicate descriptor");
  return ReportFd{d, static_cast<uint64_t>(st.st_dev),
                  static_cast<uint64_t>(st.st_ino)};
}

int CheckReportFd(int fd, uint64_t dev, uint64_t ino) {
  if (fd < 0) return fd;
  int saved = errno;
  struct stat st;
  bool same = fstat(fd, &st) == 0 && static_cast<uint64_t>(st.st_dev) == dev &&
              static_cast<uint64_t>(st.st_ino) == ino;
  errno = saved;
  if (same) return fd;
  static constexpr char kNote[] =
      "faulthandler: the report's file was closed or replaced; "
      "writing the report to stderr\n";
  WriteAll(2, kNote, sizeof(kNote) - 1);
  return 2;
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
  std::call_once(once, [] {
    atexit([] {
      // A fatal report in progress ends first (and kills the process);
      // none starts after this point (runtime/thread_registry.h).
      CloseFatalReportGateForExit();
      DisarmAll();
    });
  });
}

}  // namespace internal

namespace {
std::atomic<int> g_default_format{static_cast<int>(ReportFormat::kText)};
}  // namespace

void SetDefaultReportFormat(ReportFormat format) {
  g_default_format.store(static_cast<int>(
      format == ReportFormat::kDefault ? ReportFormat::kText : format));
}

ReportFormat DefaultReportFormat() {
  return static_cast<ReportFormat>(g_default_format.load());
}

ReportFormat ResolveFormat(ReportFormat format) {
  return format == ReportFormat::kDefault ? DefaultReportFormat() : format;
}

absl::Status DumpTraceback(int fd, bool all_threads, int max_threads,
                           ReportFormat format) {
  if (fd < 0) {
    return absl::InvalidArgumentError("file is not a valid file descriptor");
  }
  if (absl::Status s = internal::CheckMaxThreads(max_threads); !s.ok()) {
    return s;
  }
  // A unit on its stream like every other report; nothing is written when
  // a fatal report has started (the process is dying).
  uint64_t self = CurrentIdent();
  DumpClaim claim(self);
  if (!claim.held()) return absl::OkStatus();
  Writer w(fd);
  w.YieldToFatalReport();
  ThreadDumpStyle style;
  style.json = ResolveFormat(format) == ReportFormat::kJson;
  style.now_ns = MonotonicNowNs();
  if (style.json) {
    BeginJsonReport(w, "dump_traceback");
    w.Str(",\n");
  }
  if (all_threads) {
    DumpAllThreads(w, self, max_threads, style);
  } else {
    DumpCurrentStack(w, self, style);
  }
  if (style.json) EndJsonReport(w);
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
  DumpClaim claim(CurrentIdent());
  if (!claim.held()) return absl::OkStatus();
  Writer w(fd);
  w.YieldToFatalReport();
  DumpCStack(w, nullptr, nullptr, 0);
  return absl::OkStatus();
}

void DisarmAll() {
  CancelDumpTracebackLater();
  CancelWatchProgress();
  internal::UnregisterAllUserSignals();
  internal::DisableFatal();
}

}  // namespace interp::faulthandler
