// The process-wide registry of ThreadStates: a singly-linked list that only
// grows. Insertion (CAS on the head) and reuse (CAS on a state's status)
// happen in normal context; walking is lock-free and async-signal-safe.
//
// This is process-wide state on purpose: the faulthandler reports the
// threads of every runtime in the process.
#ifndef INTERP_RUNTIME_FRAMES_THREAD_REGISTRY_H_
#define INTERP_RUNTIME_FRAMES_THREAD_REGISTRY_H_

#include <string_view>

#include "runtime/frames/thread_state.h"

namespace interp {

// A ThreadState for the calling thread attached to `rt`: a free one is
// reused, else a new one is created in stable memory (frame stack and value
// stack mapped once) and linked in. Sets ident, status = kRunning and the
// current-thread TLS. Returns null only when memory cannot be mapped.
//
// `name` (may be empty) is written while the state is still kStarting, i.e.
// before the release store that makes it reportable, so a crash report never
// shows the thread without the name it was started with.
ThreadState* AttachThreadState(RuntimeState* rt, bool is_main,
                               std::string_view name = {});

// Marks `ts` free: frames reset, runtime cleared, status = kFree. The
// memory stays on the registry.
void DetachThreadState(ThreadState* ts);

// Head of the registry (acquire load). Async-signal-safe.
ThreadState* FirstThreadState();

// After fork(): the child keeps only the calling thread. Marks every other
// running state free. Called in the child before anything else runs.
void ResetThreadRegistryAfterFork(ThreadState* survivor);

// Fatal reports against process exit. A fatal report must end whole and
// in the death by its signal; a thread ending the process in normal
// context must therefore not cut one short, and no report may start once
// the exit can no longer wait for it. Async-signal-safe (atomics, nanosleep).
//
// The crash reporter calls BeginFatalReport before writing its report
// (false: the process is past its exit gate; the reporter then writes
// nothing and lets the exit finish, as if the fault came after it) and
// EndFatalReport once the report is complete.
bool BeginFatalReport();
void EndFatalReport();

// For a runtime finishing (Runtime::Finalize): while another thread writes
// a fatal report, waits for it to be complete (at most 10 s) and then for
// the death by its signal (at most 2 s more, for a previous handler that
// let the process live). Returns at once when no report is being written.
void WaitForFatalReportToEnd();

// For the last steps of the process (exit's handlers, os._exit, the
// watchdog's exit=True): waits as above for a report in progress, then
// closes the gate so that no fatal report starts afterwards. Idempotent.
void CloseFatalReportGateForExit();

}  // namespace interp

#endif  // INTERP_RUNTIME_FRAMES_THREAD_REGISTRY_H_
