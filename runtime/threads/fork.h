// fork() support: the sequence os.fork runs, and hooks other parts of the
// process (the faulthandler's watchdog, hosts) register to stay consistent
// across it.
#ifndef INTERP_RUNTIME_THREADS_FORK_H_
#define INTERP_RUNTIME_THREADS_FORK_H_

#include <sys/types.h>

#include "runtime/frames/thread_state.h"

namespace interp {

// Hooks run around every fork done through ForkProcess (os.fork):
// `before` in the parent just before fork(), in reverse registration order;
// `after_parent` in the parent and `after_child` in the child just after,
// in registration order (like pthread_atfork). Any may be null. The child
// hook runs once the thread registry, the GIL and the threading module are
// reset, in the only thread of the child, with the GIL held by it.
// Thread-safe; at most kMaxForkHooks registrations; false when full.
using ForkHook = void (*)();
inline constexpr int kMaxForkHooks = 16;
bool RegisterForkHooks(ForkHook before, ForkHook after_parent,
                       ForkHook after_child);

// Run the registered hooks (ForkProcess calls them; exposed for hosts that
// fork by other means).
void RunBeforeForkHooks();
void RunAfterForkParentHooks();
void RunAfterForkChildHooks();

// fork() for a runtime thread holding the GIL: flushes sys.stdout /
// sys.stderr and C stdio, runs the hooks, forks, and in the child resets
// the thread registry (ResetThreadRegistryAfterFork), the GIL
// (Gil::ReinitAfterFork), the threading module (only the caller is alive
// and becomes the main thread), locks held by vanished threads' critical
// sections, and pending signals. Returns fork()'s result (-1 with errno).
pid_t ForkProcess(ThreadState& ts);

}  // namespace interp

#endif  // INTERP_RUNTIME_THREADS_FORK_H_
