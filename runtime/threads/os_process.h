// The process functions of the `os` module (os_process.cc): fork,
// waitpid, kill, getpid and the W* status helpers live with the threads
// because they need the thread registry, the global lock and the fork
// hooks; the os module (runtime/modules) adds them to itself.
#ifndef INTERP_RUNTIME_THREADS_OS_PROCESS_H_
#define INTERP_RUNTIME_THREADS_OS_PROCESS_H_

#include "runtime/frames/thread_state.h"
#include "runtime/objects/function.h"

namespace interp {

// Adds fork, waitpid, kill, getpid, WIFSIGNALED, WTERMSIG, WEXITSTATUS,
// ... to module `m` (the os module, while its init runs). Errors leave an
// exception pending; the os module's init checks ts.pending_exception.
void AddOsProcessFunctions(ThreadState& ts, Module* m);

}  // namespace interp

#endif  // INTERP_RUNTIME_THREADS_OS_PROCESS_H_
