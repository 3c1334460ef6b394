// __del__: the finalizers the collector queues.
//
// The collector is a tracing one, so an object's __del__ cannot run when
// its last reference goes, as in CPython: it runs at the first safe point
// after the collection that finds the object unreachable (or at once under
// gc.collect()), and at exit for objects still alive. Heap::Collect queues
// such objects in RuntimeState::pending_del and keeps them (and what they
// reach) alive; once __del__ has run, the next collection frees them if
// they are still unreachable. __del__ runs at most once per object, as
// PEP 442 specifies.
#ifndef INTERP_RUNTIME_VM_FINALIZERS_H_
#define INTERP_RUNTIME_VM_FINALIZERS_H_

#include "runtime/frames/thread_state.h"

namespace interp {

// Calls the __del__ of every queued object, in the order the collector
// found them. An exception from __del__ is reported like CPython's
// unraisable hook ("Exception ignored in: <function C.__del__ at ...>" and
// the traceback) and cleared. A collection inside a __del__ only queues:
// the outermost call runs everything.
void RunPendingDel(ThreadState& ts);

// At exit: the __del__ of every object still alive that has one, in
// allocation order (CPython calls them as it clears module globals at
// shutdown; for module-level objects the orders agree).
void RunDelAtExit(ThreadState& ts);

}  // namespace interp

#endif  // INTERP_RUNTIME_VM_FINALIZERS_H_
