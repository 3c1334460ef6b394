// Pieces shared by the faulthandler's parts (not a public API).
#ifndef INTERP_FAULTHANDLER_INTERNAL_H_
#define INTERP_FAULTHANDLER_INTERNAL_H_

#include <cstdint>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

namespace interp::faulthandler::internal {

// A report descriptor: a private duplicate and the identity (st_dev,
// st_ino) of the file it named when the user handed it over.
struct ReportFd {
  int fd = -1;
  uint64_t dev = 0;
  uint64_t ino = 0;
};

// A close-on-exec duplicate of `fd`, numbered just under the RLIMIT_NOFILE
// soft limit (so a script's loop closing "every" descriptor, 3..1023, or
// new files taking the lowest free numbers, do not reach it), with the
// identity of its file. InvalidArgument for a negative fd.
absl::StatusOr<ReportFd> DupFd(int fd);

// The descriptor a report goes to: `fd` while it still names the file
// recorded by DupFd; otherwise (closed by the script, or its number reused
// for another file) a note on stderr and 2 -- a report never lands in a
// file the user did not give. Async-signal-safe (fstat and write).
int CheckReportFd(int fd, uint64_t dev, uint64_t ino);

// Closes an owned descriptor (EINTR-safe; -1 is a no-op).
void CloseFd(int fd);

absl::Status CheckMaxThreads(int max_threads);

// Gives the calling thread an alternate signal stack if it has none
// (runtime threads get one at attach; this covers a host thread that
// enables the faulthandler without being attached).
void EnsureAltStack();

// Registers DisarmAll with atexit, once.
void DisarmAtExit();

// Disarms the parts (each idempotent).
void DisableFatal();
void UnregisterAllUserSignals();

// True while a fatal report owns the process: descriptors must then not be
// closed under it.
bool FatalReportInProgress();

// Tests only: called by the fatal-signal report right after the thread
// blocks (to simulate a fault inside the handler). Null: none.
void SetFatalReportHookForTesting(void (*hook)());

}  // namespace interp::faulthandler::internal

#endif  // INTERP_FAULTHANDLER_INTERNAL_H_
