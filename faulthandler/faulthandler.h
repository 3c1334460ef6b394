// The process-wide faulthandler: the C++ API for hosts (SPEC 2 and 3) and
// the implementation behind the script module `faulthandler`.
//
//   interp::faulthandler::Enable({.fd = log_fd, .all_threads = true,
//                                 .c_stack = true});
//
// Reports cover the script frames of every thread of every runtime in the
// process (they are read lock-free from the thread registry). Every call
// here keeps its own close-on-exec duplicate of the descriptor it is given,
// so the caller may close or reuse its descriptor at once.
//
// Errors: InvalidArgument maps to the script's ValueError,
// FailedPrecondition to RuntimeError, others to OSError.
#ifndef INTERP_FAULTHANDLER_FAULTHANDLER_H_
#define INTERP_FAULTHANDLER_FAULTHANDLER_H_

#include <cstdint>

#include "absl/status/status.h"

namespace interp::faulthandler {

// Text is CPython's report format (SPEC 2.3); JSON is one object per report
// (SPEC 2.5, README "Structured reports"). kDefault: the process default,
// text unless `-X faulthandler_format=json` or INTERP_FAULTHANDLER_FORMAT=json
// (or SetDefaultReportFormat) chose JSON.
enum class ReportFormat { kDefault, kText, kJson };
void SetDefaultReportFormat(ReportFormat format);
ReportFormat DefaultReportFormat();
// kDefault resolved to the process default.
ReportFormat ResolveFormat(ReportFormat format);

struct Options {
  int fd = 2;
  bool all_threads = true;
  bool c_stack = true;
  int max_threads = 100;
  ReportFormat format = ReportFormat::kDefault;
};

// Installs handlers for SIGSEGV, SIGFPE, SIGABRT, SIGBUS and SIGILL (or
// updates the settings when already enabled). On such a fault the report --
// header, "Crash signature: <16 hex>" (crash_signature.h), threads, C stack
// -- is written to the descriptor, the previous handlers are restored and the
// signal re-delivered, so the process still dies by it.
absl::Status Enable(const Options& options);
// Restores exactly the handlers that were installed before Enable.
// Returns whether it was enabled.
bool Disable();
bool IsEnabled();

// Writes the traceback(s) of the script threads now (no header).
absl::Status DumpTraceback(int fd, bool all_threads = true,
                           int max_threads = 100,
                           ReportFormat format = ReportFormat::kDefault);
// Writes the native stack of the calling thread.
absl::Status DumpCStack(int fd);

struct LaterOptions {
  int64_t timeout_us = 0;  // > 0
  bool repeat = false;
  int fd = 2;
  bool exit = false;  // _exit(1) after the dump
  int max_threads = 100;
  ReportFormat format = ReportFormat::kDefault;
};
// Arms (or re-arms, replacing) the watchdog: after timeout_us microseconds
// on the monotonic clock, a watchdog thread dumps every thread, preceded by
// "Timeout (H:MM:SS.ffffff)!". Each thread header says what the thread is
// doing and for how long ("waiting on Lock.acquire for 12.4 s").
absl::Status DumpTracebackLater(const LaterOptions& options);
// Disarms the watchdog; harmless if not armed. Waits for a dump in progress
// for a bounded time only, and returns at once in a forked child.
void CancelDumpTracebackLater();

// The progress watchdog (faulthandler.watch_progress): a watchdog thread
// samples, lock-free, every thread's progress counter and published state
// (runtime/frames/thread_state.h) and reports when some thread has run no
// bytecode for timeout_us -- blocked on a lock, an event, in a native call,
// or holding the GIL in one -- naming that thread first ("Stuck thread").
// Threads waiting in Thread.join or sleeping in time.sleep do not count
// (they wait on purpose, or on another thread that is the real culprit).
// repeat=false disarms after the first report; repeat=true reports again
// once a thread has been stuck for another timeout_us.
struct ProgressOptions {
  int64_t timeout_us = 0;  // > 0
  bool repeat = false;
  int fd = 2;
  bool exit = false;  // _exit(1) after the report
  int max_threads = 100;
  ReportFormat format = ReportFormat::kDefault;
};
absl::Status WatchProgress(const ProgressOptions& options);
// Disarms it; harmless if not armed. Bounded wait for a report in
// progress; returns at once in a forked child.
void CancelWatchProgress();

struct RegisterOptions {
  int fd = 2;
  bool all_threads = true;
  bool chain = false;
  int max_threads = 100;
  ReportFormat format = ReportFormat::kDefault;
};
// Dumps the traceback(s) when `signum` arrives; chain=true also calls the
// handler that was installed before.
absl::Status Register(int signum, const RegisterOptions& options);
// Restores the previous handler. Returns whether it was registered.
bool Unregister(int signum);

// Disarms everything this module installed (fatal handlers, user signals,
// watchdog). Also runs automatically at process exit.
void DisarmAll();

// The runtime's fatal-error path for broken internal invariants: writes
// "Fatal error: <msg>", a blank line and the report (to the enabled
// descriptor, else stderr), then aborts without a second report.
// Async-signal-safe.
[[noreturn]] void FatalError(const char* msg);

// Test helpers: crash on purpose, for real where the hardware allows.
[[noreturn]] void ReadNull();
[[noreturn]] void Sigsegv();
[[noreturn]] void Sigabrt();
[[noreturn]] void Sigfpe();
[[noreturn]] void Sigbus();
[[noreturn]] void Sigill();
// A real native stack overflow (reported from the alternate stack).
[[noreturn]] void StackOverflow();
// FatalError("in new thread") in a new native thread without script frames.
[[noreturn]] void FatalErrorCThread();

}  // namespace interp::faulthandler

#endif  // INTERP_FAULTHANDLER_FAULTHANDLER_H_
