// interp/embed/crash.h over the faulthandler's own API.
#include "interp/embed/crash.h"

#include "faulthandler/faulthandler.h"

namespace interp::embed {

absl::Status EnableCrashReports(const CrashReportOptions& options) {
  return faulthandler::Enable({.fd = options.fd,
                               .all_threads = options.all_threads,
                               .c_stack = options.c_stack});
}

void DisableCrashReports() { faulthandler::Disable(); }

absl::Status DumpScriptTracebacks(int fd) {
  return faulthandler::DumpTraceback(fd, /*all_threads=*/true);
}

}  // namespace interp::embed
