// Counted access to a Gil's state, for threads that may outlive their
// runtime. A daemon thread can be blocked (in a BlockingRegion, or waiting
// for the lock) when the main thread finishes and the runtime is destroyed;
// such a thread must never touch the freed RuntimeState. It holds a
// reference to the lock's state instead, and once the Gil has been destroyed
// acquiring through that reference parks the thread forever (the process is
// about to exit).
#ifndef INTERP_RUNTIME_VM_GIL_INTERNAL_H_
#define INTERP_RUNTIME_VM_GIL_INTERNAL_H_

#include "runtime/frames/thread_state.h"
#include "runtime/vm/gil.h"

namespace interp {

struct GilAccess {
  // A new reference to gil's state (the Gil must be alive).
  static Gil::Impl* Retain(Gil& gil);
  // Drops a reference; the last one frees the state.
  static void Unref(Gil::Impl* impl);
  // Like Gil::Acquire/Release, through a reference. Acquire never returns
  // once the Gil is destroyed.
  static void Acquire(Gil::Impl* impl, ThreadState& ts);
  static void Release(Gil::Impl* impl, ThreadState& ts);
  // Runtime shutdown: from now on only `survivor` may take the lock; any
  // other thread that tries (a daemon thread coming back from a blocking
  // call, or waiting for its turn) is parked forever, so it never runs
  // script code while the runtime is being torn down.
  static void ShutDown(Gil& gil, ThreadState& survivor);
  // True once the owning Gil has been destroyed.
  static bool Dead(Gil::Impl* impl);
  // Runs `read` under the lock's internal mutex unless `ts` has been shut
  // out (ShutDown without it, or the Gil destroyed); false then. ShutDown
  // takes the same mutex, so the runtime outlives a `read` that started.
  static bool ReadIfLive(Gil::Impl* impl, const ThreadState& ts,
                         absl::FunctionRef<void()> read);
};

}  // namespace interp

#endif  // INTERP_RUNTIME_VM_GIL_INTERNAL_H_
