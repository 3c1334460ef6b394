// interp/embed/crash.h: crash reports for hosts (the process-wide
// faulthandler), without its internal header.
//
//   interp::embed::EnableCrashReports({.fd = log_fd});
//
// On SIGSEGV, SIGFPE, SIGABRT, SIGBUS or SIGILL the report names every
// thread of every runtime (host threads under their ThreadScope names) with
// its script frames, a native function as its "<native> module.fn" frame,
// and the C stack of the faulting thread; then the process dies by the
// signal as it would have.
#ifndef INTERP_EMBED_CRASH_H_
#define INTERP_EMBED_CRASH_H_

#include "absl/status/status.h"

namespace interp::embed {

struct CrashReportOptions {
  int fd = 2;  // duplicated: the caller may close its own
  bool all_threads = true;
  bool c_stack = true;
};

// Installs the fatal-signal handlers (or updates the options). Errors:
// InvalidArgument for a bad descriptor.
absl::Status EnableCrashReports(const CrashReportOptions& options);
// Restores the handlers that were there before.
void DisableCrashReports();
// Writes the script traceback of every thread now.
absl::Status DumpScriptTracebacks(int fd);

}  // namespace interp::embed

#endif  // INTERP_EMBED_CRASH_H_
