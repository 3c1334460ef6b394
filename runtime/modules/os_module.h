// The `os` module's extension point for the process functions, which the
// threads part of the runtime implements (runtime/threads/os_process.cc):
// fork, waitpid, kill, getpid and the W* status helpers need the thread
// registry, the global lock and the fork hooks.
#ifndef INTERP_RUNTIME_MODULES_OS_MODULE_H_
#define INTERP_RUNTIME_MODULES_OS_MODULE_H_

#include "runtime/function.h"
#include "runtime/thread_state.h"

namespace interp {

// Adds fork, waitpid, kill, getpid, WIFSIGNALED, WTERMSIG, WEXITSTATUS,
// ... to module `m` (the os module, while its init runs). Errors leave an
// exception pending; the os module's init checks ts.pending_exception.
void AddOsProcessFunctions(ThreadState& ts, Module* m);

}  // namespace interp

#endif  // INTERP_RUNTIME_MODULES_OS_MODULE_H_
