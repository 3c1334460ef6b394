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

}  // namespace interp

#endif  // INTERP_RUNTIME_FRAMES_THREAD_REGISTRY_H_
