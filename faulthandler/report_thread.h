// The arming and lifecycle shared by the faulthandler's two watchdog threads
// (watchdog.cc: dump_traceback_later; progress.cc: watch_progress), each of
// which keeps only its own loop.
//
// One detached thread per process, started on the first arming and idle on
// a condition variable while disarmed. The state is guarded by a std::mutex
// that is never held while a report is written, so arming and cancelling
// wait only for a report in progress, and only for a bounded time (a
// descriptor a stuck report still writes to is leaked, not closed). Fork:
// the child has no watchdog thread; the owner's pthread_atfork handlers
// (ForkPrepare/ForkParent/ForkChild) disarm the inherited state and mark the
// thread absent, so nothing fires in the child and cancelling there returns
// at once. ProcessReportThread makes the instance and installs them.
#ifndef INTERP_FAULTHANDLER_REPORT_THREAD_H_
#define INTERP_FAULTHANDLER_REPORT_THREAD_H_

#include <pthread.h>
#include <sys/types.h>

#include <condition_variable>
#include <cstdint>
#include <mutex>

#include "absl/functional/function_ref.h"
#include "absl/status/status.h"
#include "faulthandler/faulthandler.h"
#include "faulthandler/traceback.h"

namespace interp::faulthandler::internal {

// What one arming asked for. The thread copies it under the mutex for each
// round and reports with the copy.
struct ReportSettings {
  int64_t timeout_us = 0;
  bool repeat = false;
  bool exit = false;  // _exit(1) after the report
  int fd = -1;        // our duplicate of the caller's descriptor (DupFd)
  uint64_t fd_dev = 0;
  uint64_t fd_ino = 0;
  int max_threads = kDefaultMaxThreads;
  bool json = false;
};

class ReportThread {
 public:
  // `main` is the thread's body; it never returns. Made once per process
  // by ProcessReportThread.
  explicit ReportThread(void (*main)());
  ReportThread(const ReportThread&) = delete;
  ReportThread& operator=(const ReportThread&) = delete;

  // Arms, or re-arms replacing the settings: checks them, duplicates
  // `options.fd`, bumps the generation and starts the thread if this
  // process has none. `on_arm` runs under the mutex after the settings are
  // stored (the timeout watchdog computes its deadline there).
  template <typename Options>
  absl::Status Arm(const Options& options, absl::FunctionRef<void()> on_arm) {
    return Arm(options.timeout_us, options.repeat, options.exit, options.fd,
               options.max_threads, options.format, on_arm);
  }
  // Disarms; harmless if not armed.
  void Cancel();

  // pthread_atfork handlers (installed by ProcessReportThread).
  void ForkPrepare() { mu.lock(); }
  void ForkParent() { mu.unlock(); }
  void ForkChild();

  // --- For the thread's body. ---
  std::mutex mu;
  std::condition_variable cv;  // arming, cancelling, end of a report
  bool armed = false;          // under mu
  uint64_t generation = 0;     // under mu; bumped by every arm and cancel
  ReportSettings settings;     // under mu

  // Under mu: a report is being written (with mu released meanwhile);
  // arming and cancelling wait for EndReport, boundedly.
  void BeginReport() { reporting_ = true; }
  void EndReport() {
    reporting_ = false;
    cv.notify_all();
  }
  // Under mu: a one-shot report was written; disarm and close the
  // descriptor.
  void DisarmLocked();

 private:
  absl::Status Arm(int64_t timeout_us, bool repeat, bool exit, int fd,
                   int max_threads, ReportFormat format,
                   absl::FunctionRef<void()> on_arm);
  // Waits (bounded) for a report in progress; true when none is running.
  bool WaitNotReporting(std::unique_lock<std::mutex>& lock);

  void (*const main_)();
  bool reporting_ = false;  // under mu
  bool thread_started_ = false;
  pid_t thread_pid_ = 0;
};

// The process's ReportThread running `Main`, made on first use, with its
// fork handlers. Never destroyed: the detached thread may outlive static
// destructors.
template <void (*Main)()>
ReportThread& ProcessReportThread() {
  static ReportThread* t = [] {
    auto* made = new ReportThread(Main);
    pthread_atfork([] { ProcessReportThread<Main>().ForkPrepare(); },
                   [] { ProcessReportThread<Main>().ForkParent(); },
                   [] { ProcessReportThread<Main>().ForkChild(); });
    return made;
  }();
  return *t;
}

}  // namespace interp::faulthandler::internal

#endif  // INTERP_FAULTHANDLER_REPORT_THREAD_H_
