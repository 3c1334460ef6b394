// The finalization work the collector queues: __del__ methods, weak
// reference callbacks, closing dead suspended generators, "coroutine ...
// was never awaited" warnings; and the atexit callbacks.
//
// The collector is a tracing one, so none of this can happen when an
// object's last reference goes, as in CPython: it runs at the first safe
// point after the collection that finds the object unreachable (or at once
// under gc.collect()), and at exit for what is still alive. Heap::Collect
// queues the work (objects/finalization.h) and keeps what it needs alive;
// an object resurrected for its __del__ or close() is freed by a later
// collection that finds it unreachable again. __del__ runs at most once per
// object, as PEP 442 specifies.
#ifndef INTERP_RUNTIME_VM_FINALIZERS_H_
#define INTERP_RUNTIME_VM_FINALIZERS_H_

#include "runtime/frames/thread_state.h"
#include "runtime/objects/runtime_state.h"

namespace interp {

// Whether the last collections queued work for RunPendingFinalizers.
bool HasPendingFinalizers(const RuntimeState& rt);

// Runs the queued work until no queue has any: weak reference callbacks
// (CPython's gc calls them before finalizers), then each __del__ in the
// order the collector found the objects, then closes the dead generators,
// then issues the coroutine warnings. An exception from any of them is
// reported like CPython's unraisable hook ("Exception ignored in: <repr>"
// and the traceback) and cleared. A collection inside one only queues: the
// outermost call runs everything. The pending exception is preserved.
void RunPendingFinalizers(ThreadState& ts);

// At exit: the __del__ of every object still alive that has one, in
// allocation order (CPython calls them as it clears module globals at
// shutdown; for module-level objects the orders agree), and close() of
// every generator still suspended (CPython closes them as they die at
// shutdown).
void RunDelAtExit(ThreadState& ts);

// atexit's callbacks, last registered first, each removed before it is
// called; an exception is reported as "Exception ignored in atexit
// callback: <repr>" and the traceback, and the next one runs. A
// SystemExit from one is reported the same way (CPython 3.11 does too).
void RunAtexitCallbacks(ThreadState& ts);

}  // namespace interp

#endif  // INTERP_RUNTIME_VM_FINALIZERS_H_
