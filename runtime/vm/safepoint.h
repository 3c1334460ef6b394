// What the VM does at safe points: the eval breaker (GIL hand-off, script
// signal handlers, collection, host limits) and the collector's view of
// the VM's roots. The object layer's collector (objects/heap.cc) calls the
// two Trace functions; this header is part of //runtime/vm:api for that.
#ifndef INTERP_RUNTIME_VM_SAFEPOINT_H_
#define INTERP_RUNTIME_VM_SAFEPOINT_H_

#include "runtime/frames/thread_state.h"

namespace interp {

struct RuntimeState;
class Tracer;

// The VM's roots beyond the thread stacks (modules being imported, which a
// script may have removed from sys.modules).
void TraceVmRoots(RuntimeState& rt, Tracer& t);

class BlockingRegion;

enum class HostPoll {
  kNone,  // keep waiting
  kStop,  // the host asked the runtime to stop: raise (RaiseHostStop)
  // The runtime is being torn down without this (daemon) thread: end the
  // wait and touch nothing; the end of `region` parks the thread for good.
  kAbandoned,
};

// Whether the host asked this thread's runtime to stop: Interrupt(), an
// exhausted instruction budget or a passed deadline. Blocking waits (sleep,
// Lock.acquire, Event.wait, join, ...) poll it between slices of their
// wait, inside `region` (without the global lock). It reads the runtime's
// state only through region.ReadRuntime, so a runtime destroyed while the
// thread waits is never touched (docs/ARCHITECTURE.md, "Abandoned daemon
// threads").
HostPoll PollHostStop(ThreadState& ts, BlockingRegion& region);
// Raises the TimeoutError that PollHostStop announced (needs the
// global lock). Returns false, like every raising helper.
bool RaiseHostStop(ThreadState& ts);

// Marks the live part of `ts`'s value stack and frame records (called by
// the collector for every thread attached to the runtime).
void TraceThreadStack(ThreadState& ts, Tracer& t);

// Runs the work the eval breaker asked for (GIL hand-off, script signal
// handlers, GC, budget). False with an exception pending when a signal
// handler raised or the budget ran out.
bool HandleEvalBreaker(ThreadState& ts);

// Script signal handlers (threads engineer): the VM calls the hook from
// HandleEvalBreaker, on the thread that saw kBreakSignalsPending, at a safe
// point. It runs the pending handlers and returns false with an exception
// pending when one raised (e.g. KeyboardInterrupt). The hook clears the
// kBreakSignalsPending bit itself when nothing is left pending.
using SignalHandlerHook = bool (*)(ThreadState& ts);
void SetPendingSignalHook(RuntimeState& rt, SignalHandlerHook hook);

}  // namespace interp

#endif  // INTERP_RUNTIME_VM_SAFEPOINT_H_
