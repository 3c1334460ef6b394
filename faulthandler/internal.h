// Pieces shared by the faulthandler's parts (not a public API).
#ifndef INTERP_FAULTHANDLER_INTERNAL_H_
#define INTERP_FAULTHANDLER_INTERNAL_H_

#include <cstdint>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

namespace interp::faulthandler::internal {

// A close-on-exec duplicate of `fd` (numbered >= 3, so it never lands on a
// standard stream). InvalidArgument for a negative fd.
absl::StatusOr<int> DupFd(int fd);

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
