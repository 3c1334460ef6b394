// Blocking waits on a SyncCore with the GIL released, interruptible by
// signals in the main thread. Internal to runtime/threads/.
#ifndef INTERP_RUNTIME_THREADS_WAIT_H_
#define INTERP_RUNTIME_THREADS_WAIT_H_

#include <algorithm>
#include <chrono>
#include <mutex>

#include "runtime/frames/thread_state.h"
#include "runtime/threads/signals.h"
#include "runtime/threads/threads_state.h"
#include "runtime/threads/util.h"
#include "runtime/vm/gil.h"
#include "runtime/vm/safepoint.h"

namespace interp {

enum class WaitResult { kDone, kTimeout, kError };

// A C signal handler cannot notify a condition variable, and the host's
// Interrupt() or deadline cannot either: every wait is cut into slices of
// this length, between which the main thread (the one that runs script
// signal handlers) checks for pending signals and every thread checks for
// a stop the host asked for (PollHostStop).
inline constexpr std::chrono::milliseconds kSignalPollSlice{10};

// Waits with the GIL released until `done()` (called under sync.mu; it may
// take what it waited for, e.g. a lock) returns true, or until `deadline`
// when `has_deadline`. In the main thread, pending signal handlers run
// (with the GIL) as soon as a signal arrives, then the wait resumes
// (PEP 475). kError: a handler raised, or the host stopped the runtime
// (Interrupt(), budget, deadline: TimeoutError); the exception is pending.
//
// The caller keeps the record that owns `sync` alive (a reference) for the
// duration.
//
// `host_stoppable` false: the host's stop does not end the wait (the
// interpreter's own exit waiting for threads that the stop ends anyway).
template <typename DoneFn>
WaitResult WaitUntil(ThreadState& ts, SyncCore& sync, bool has_deadline,
                     SteadyClock::time_point deadline, DoneFn&& done,
                     bool host_stoppable = true) {
  const bool signals = IsSignalThread(ts);
  for (;;) {
    bool satisfied = false;
    bool timed_out = false;
    bool host_stop = false;
    {
      BlockingRegion region(ts);
      // Declared after `region`: released before the GIL is re-taken, so
      // no thread ever waits for the GIL while holding sync.mu.
      std::unique_lock<std::mutex> lock(sync.mu);
      for (;;) {
        if (done()) {
          satisfied = true;
          break;
        }
        if (signals && SignalsPending(ts)) break;
        if (host_stoppable) {
          HostPoll poll = PollHostStop(ts, region);
          // Abandoned: leaving the region parks this thread for good.
          if (poll == HostPoll::kAbandoned) break;
          if (poll == HostPoll::kStop) {
            host_stop = true;
            break;
          }
        }
        SteadyClock::time_point now = SteadyClock::now();
        if (has_deadline && now >= deadline) {
          timed_out = true;
          break;
        }
        SteadyClock::time_point until = now + kSignalPollSlice;
        if (has_deadline) until = std::min(until, deadline);
        sync.cv.wait_until(lock, until);
      }
    }
    if (satisfied) return WaitResult::kDone;
    if (host_stop) {
      RaiseHostStop(ts);
      return WaitResult::kError;
    }
    if (timed_out) return WaitResult::kTimeout;
    if (!RunPendingSignalHandlers(ts)) return WaitResult::kError;
  }
}

}  // namespace interp

#endif  // INTERP_RUNTIME_THREADS_WAIT_H_
