// The process-wide, async-signal-safe half of script signal handling: the
// C-level handler and the flags it sets. Internal to runtime/threads/.
//
// Signals are a process-wide resource, and a C signal handler receives no
// context, so this state is global (the only global state of the threads
// part, like the faulthandler's). Exactly one runtime at a time receives
// script-level signals: the one whose main thread installed a handler last.
#ifndef INTERP_RUNTIME_THREADS_SIGNAL_TRIP_H_
#define INTERP_RUNTIME_THREADS_SIGNAL_TRIP_H_

#include <signal.h>

#include "runtime/frames/thread_state.h"

namespace interp {
namespace sigtrip {

inline constexpr int kNumSignals = NSIG;  // signal numbers 1 .. NSIG-1

// The thread whose eval breaker the handler flags (type-stable memory, so
// the handler may touch it whenever; null when none).
void SetTarget(ThreadState* ts);
ThreadState* Target();

// Installs the C-level handler for `sig` (no SA_RESTART, so blocking calls
// of the receiving thread fail with EINTR). Saves the handler it replaces
// the first time, for RestoreAll. False with errno set on failure.
bool InstallHandler(int sig);
// Sets the OS disposition to SIG_DFL or SIG_IGN. False with errno set.
bool SetDisposition(int sig, void (*disposition)(int));
// True when our C handler is the installed handler of `sig`.
bool HandlerInstalled(int sig);
// Restores every handler replaced by InstallHandler / SetDisposition.
void RestoreAll();

// Marks `sig` as arrived exactly like the handler does (used after
// fork-time resets and by tests).
void Trip(int sig);
// Clears and returns whether `sig` arrived.
bool TakeTripped(int sig);
// True when any signal arrived and was not taken yet.
bool AnyTripped();
// Clears the "any" summary flag before a scan over TakeTripped; a handler
// running concurrently sets it again.
void ClearAnyTripped();

// Read end of the self-pipe the handler writes a byte to (non-blocking),
// created on first use; -1 if pipes cannot be created. Drain drains it.
int WakeupFd();
void DrainWakeupFd();

// In the fork child: the pipe is shared with the parent, so create a new
// one; forget tripped signals that belonged to the parent.
void ResetAfterFork();

}  // namespace sigtrip
}  // namespace interp

#endif  // INTERP_RUNTIME_THREADS_SIGNAL_TRIP_H_
