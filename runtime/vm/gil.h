// The global interpreter lock of one runtime: serialises bytecode execution
// across the runtime's threads, released around blocking calls and handed
// over at a switch interval (like CPython's: a waiting thread sets
// kBreakGilDropRequest on the holder after the interval; the holder drops
// the lock at its next safe point and waits until someone else took it).
//
// Built on std::mutex/std::condition_variable so ThreadSanitizer sees it.
#ifndef INTERP_RUNTIME_VM_GIL_H_
#define INTERP_RUNTIME_VM_GIL_H_

#include <chrono>
#include <condition_variable>
#include <mutex>

#include "absl/functional/function_ref.h"
#include "runtime/frames/thread_state.h"

namespace interp {

class Gil {
 public:
  Gil();
  ~Gil();
  void Acquire(ThreadState& ts);
  void Release(ThreadState& ts);
  // Called by the holder at a safe point when kBreakGilDropRequest is set:
  // lets a waiting thread run, then re-acquires.
  void Yield(ThreadState& ts);
  bool HeldBy(const ThreadState& ts) const;
  // Number of threads waiting for the lock (0: no contention).
  int waiters() const;
  // After fork() in the child: the calling thread owns a fresh lock.
  void ReinitAfterFork(ThreadState& ts);

  struct Impl;

 private:
  // runtime/threads/gil_internal.h: counted references to impl_ for
  // threads that may outlive the runtime (daemon threads).
  friend struct GilAccess;
  Impl* impl_;
};

// Releases the runtime's lock for a blocking call and re-acquires it at
// scope exit:  { BlockingRegion region(ts); read(fd, ...); }
// No script values may be touched inside the region, and no runtime state
// either except through ReadRuntime. The region keeps a counted reference
// to the lock's state: a daemon thread still blocked here when the runtime
// is torn down stays parked forever instead of touching freed memory.
class BlockingRegion {
 public:
  explicit BlockingRegion(ThreadState& ts);
  ~BlockingRegion();
  BlockingRegion(const BlockingRegion&) = delete;
  BlockingRegion& operator=(const BlockingRegion&) = delete;

  // For a wait that polls runtime state from inside the region (the host's
  // stop request): runs `read` and returns true, unless the runtime is
  // being torn down without this thread (an abandoned daemon thread), in
  // which case `read` does not run and the result is false: the wait should
  // end, and the end of the region parks the thread for good. The runtime
  // is not freed while `read` runs (teardown shuts the lock first, under
  // the same mutex). `read` must not block or take the global lock.
  bool ReadRuntime(absl::FunctionRef<void()> read);

 private:
  ThreadState& ts_;
  Gil::Impl* gil_ = nullptr;
};

}  // namespace interp

#endif  // INTERP_RUNTIME_VM_GIL_H_
