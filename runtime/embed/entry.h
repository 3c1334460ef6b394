// Runtime::Entry: what every call into a Runtime does first (runtime.cc,
// public_api.cc). Internal to runtime/embed.
#ifndef INTERP_RUNTIME_EMBED_ENTRY_H_
#define INTERP_RUNTIME_EMBED_ENTRY_H_

#include <time.h>

#include <cstdint>
#include <cstdlib>
#include <exception>

#include "runtime/embed/runtime.h"
#include "runtime/frames/thread_registry.h"
#include "runtime/frames/thread_state.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/vm/gil.h"
#include "runtime/vm/native_poll.h"
#include "runtime/vm/vm_internal.h"

namespace interp {

inline int64_t EntryMonotonicNs() {
  timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return static_cast<int64_t>(t.tv_sec) * 1000000000 + t.tv_nsec;
}

// What every public method does first: find the calling thread's state on
// this runtime (attaching the thread for the call when it has none), make
// it the thread's current state, and hold the runtime's lock unless the
// thread already does (a host native function calling back in). Using
// another thread's state instead -- e.g. always the creator's -- would let
// two host threads run on one frame stack and both "hold" the lock.
class Runtime::Entry {
 public:
  // `new_run`: a call that starts a run of the host's (Run*, Call) as
  // opposed to a Lock that only builds values; see BeginRun.
  explicit Entry(Runtime& rt, bool new_run = true) : rt_(*rt.state_) {
    previous_ = CurrentThreadState();
    ts_ = rt.FindAttached();
    if (ts_ == nullptr) {
      ts_ = AttachThreadState(&rt_, false);
      transient_ = ts_ != nullptr;
    }
    if (ts_ == nullptr) return;
    frame_depth_ = ts_->frames.depth_relaxed();
    reentry_depth_ = ts_->native_reentry_depth;
    uncaught_ = std::uncaught_exceptions();
    SetCurrentThreadState(ts_);
    if (rt_.gil != nullptr && !rt_.gil->HeldBy(*ts_)) {
      rt_.gil->Acquire(*ts_);
      acquired_ = true;
      if (new_run) BeginRun();
    }
  }

  // Starts a run when this entry took the lock (not when it is nested in a
  // native function of a running script):
  void BeginRun() {
    if (!acquired_) return;
    {
      // A new run from the host: an Interrupt() aimed at an earlier run
      // must not kill this one, and SetTimeout's deadline starts now. The
      // memory reserve spent on a MemoryError is taken again if it can be.
      if (rt_.memory_reserve == nullptr) {
        rt_.memory_reserve.reset(
            std::malloc(RuntimeState::kMemoryReserveBytes));
      }
      ts_->eval_breaker.fetch_and(~kBreakBudget, std::memory_order_relaxed);
      // Native loops poll on a per-thread stride: each run starts a fresh
      // one, so a budget stops the same script at the same point.
      ts_->native_poll_countdown = NativePoll::kStride;
      if (rt_.vm != nullptr) {
        rt_.vm->interrupted.store(false, std::memory_order_relaxed);
        if (rt_.vm->timeout_ns > 0) {
          rt_.vm->deadline_ns = EntryMonotonicNs() + rt_.vm->timeout_ns;
        }
        // The first safe point of this run reads the clock: a deadline
        // that has already passed stops it at once.
        rt_.vm->deadline_countdown = 0;
      }
    }
  }
  ~Entry() {
    if (ts_ == nullptr) return;
    if (std::uncaught_exceptions() > uncaught_) {
      // A C++ exception (see Guarded) is unwinding through the
      // interpreter: the frames it left are no longer running.
      while (ts_->frames.depth_relaxed() > frame_depth_) ts_->frames.Pop();
      ts_->native_reentry_depth = reentry_depth_;
      ts_->pending_exception = Value::None();
    }
    if (acquired_) rt_.gil->Release(*ts_);
    if (transient_) DetachThreadState(ts_);
    SetCurrentThreadState(previous_);
  }
  Entry(const Entry&) = delete;
  Entry& operator=(const Entry&) = delete;

  // Null only when no thread state could be mapped.
  ThreadState* thread() const { return ts_; }

 private:
  RuntimeState& rt_;
  ThreadState* ts_ = nullptr;
  ThreadState* previous_ = nullptr;
  bool transient_ = false;
  bool acquired_ = false;
  uint32_t frame_depth_ = 0;
  uint32_t reentry_depth_ = 0;
  int uncaught_ = 0;
};

}  // namespace interp

#endif  // INTERP_RUNTIME_EMBED_ENTRY_H_
