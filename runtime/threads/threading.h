// The threading module's hooks for the rest of the runtime (embedding API,
// interp's main, os.fork).
#ifndef INTERP_RUNTIME_THREADS_THREADING_H_
#define INTERP_RUNTIME_THREADS_THREADING_H_

#include "runtime/frames/thread_state.h"

namespace interp {

// Called by the main thread at shutdown, GIL held (returns with it held):
// waits until every non-daemon thread started by the threading module has
// finished (like CPython's threading._shutdown). Then it shuts the GIL to
// every other thread: daemon threads are left parked at the GIL (or in the
// blocking call they were in) and never run script code or touch the
// runtime's memory again, even if the caller releases the GIL later. So
// call it once, when no more script code will run in other threads. A
// script signal handler that raises (Ctrl-C) stops the wait early; the
// exception is printed and dropped.
void WaitForNonDaemonThreads(ThreadState& ts);

// In the child of fork(), after the thread registry and the GIL were
// reset: only the calling thread is alive; it becomes the main thread
// (threading.main_thread() like CPython) and the receiver of script
// signal handlers. Called by os.fork (runtime/threads/fork.cc).
void ThreadingAfterForkChild(ThreadState& ts);

}  // namespace interp

#endif  // INTERP_RUNTIME_THREADS_THREADING_H_
