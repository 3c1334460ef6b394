// The global interpreter lock (gil.h).
//
// A plain mutex would let the thread that releases the lock at a safe point
// grab it straight back (it is already running; the woken waiter is not), so
// a busy thread could starve the others forever. Instead the lock is a
// `holder` field guarded by a std::mutex, and:
//  - a waiter waits on `free_cv` for at most the switch interval; if no
//    hand-off happened during that interval it sets kBreakGilDropRequest on
//    the holder's eval breaker;
//  - the holder, at its next safe point, calls Yield: it releases the lock,
//    waits until another thread has actually taken it (`switch_count`
//    changed), then queues up for it again like any waiter.
// Hand-offs are counted rather than compared by holder identity so that
// "another thread took it and gave it back" is also seen as progress.
//
// The state (Impl) is reference-counted: the Gil holds one reference, and
// so does every BlockingRegion and every thread started by the threading
// module, so that a daemon thread that wakes up after the runtime was torn
// down finds a "dead" lock and parks forever instead of touching freed
// memory (see gil_internal.h).
//
// Built on std::mutex/std::condition_variable (not absl::Mutex): the system
// Abseil is not ThreadSanitizer-instrumented.
#include "runtime/vm/gil.h"

#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(leak_sanitizer)
#define INTERP_LSAN 1
#include <sanitizer/lsan_interface.h>
#endif
#endif
#ifndef INTERP_LSAN
#define INTERP_LSAN 0
#endif

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>

#include "runtime/objects/runtime_state.h"
#include "runtime/vm/gil_internal.h"

namespace interp {

namespace {
// Like CPython's default sys.getswitchinterval().
constexpr std::chrono::microseconds kSwitchInterval{5000};
}  // namespace

struct Gil::Impl {
  std::mutex mu;
  // Signalled when the lock becomes free (and when the Gil dies).
  std::condition_variable free_cv;
  // Signalled when a new holder takes the lock (a yielding thread waits for
  // it so that it does not take the lock straight back).
  std::condition_variable switch_cv;
  // Written under mu; atomic so that HeldBy may read it without mu.
  std::atomic<ThreadState*> holder{nullptr};
  uint64_t switch_count = 0;  // under mu; bumped by every acquisition
  int waiters = 0;            // under mu
  std::atomic<int> waiters_snapshot{0};
  bool dead = false;  // under mu: the Gil was destroyed
  // Under mu: set at shutdown (GilAccess::ShutDown); every other thread is
  // parked when it next tries to take the lock.
  const ThreadState* survivor = nullptr;
  std::atomic<int> refs{1};

  void Ref() { refs.fetch_add(1, std::memory_order_relaxed); }
  void Unref() {
    if (refs.fetch_sub(1, std::memory_order_acq_rel) == 1) delete this;
  }

  // Parks the calling thread for good: its runtime is gone or shutting
  // down. It no longer counts as a waiter, so nobody hands the lock to it
  // (a Yield in progress stops waiting for it).
  [[noreturn]] void ParkForever(std::unique_lock<std::mutex>& lock,
                                bool counted) {
    if (counted) {
      --waiters;
      waiters_snapshot.store(waiters, std::memory_order_relaxed);
      switch_cv.notify_all();
    }
    for (;;) free_cv.wait(lock);
  }

  // After shutdown only `survivor` may take the lock.
  bool ShutOut(const ThreadState& ts) const {
    return dead || (survivor != nullptr && survivor != &ts);
  }

  // Caller holds mu (in `lock`). Waits until the lock is free, asking the
  // holder to drop it when it keeps it longer than the switch interval.
  void AcquireLocked(std::unique_lock<std::mutex>& lock, ThreadState& ts) {
    if (ShutOut(ts)) ParkForever(lock, false);
    if (holder.load(std::memory_order_relaxed) != nullptr) {
      ++waiters;
      waiters_snapshot.store(waiters, std::memory_order_relaxed);
      while (holder.load(std::memory_order_relaxed) != nullptr) {
        uint64_t seen = switch_count;
        bool freed = free_cv.wait_for(lock, kSwitchInterval, [&] {
          return ShutOut(ts) ||
                 holder.load(std::memory_order_relaxed) == nullptr;
        });
        if (ShutOut(ts)) ParkForever(lock, true);
        if (freed) break;
        ThreadState* h = holder.load(std::memory_order_relaxed);
        // Only a holder that kept the lock for a whole interval is asked
        // to drop it. ThreadStates are never freed, so touching h's
        // breaker is safe even if it is exiting.
        if (h != nullptr && switch_count == seen) {
          h->eval_breaker.fetch_or(kBreakGilDropRequest,
                                   std::memory_order_relaxed);
        }
      }
      --waiters;
      waiters_snapshot.store(waiters, std::memory_order_relaxed);
    }
    holder.store(&ts, std::memory_order_relaxed);
    ++switch_count;
    switch_cv.notify_all();
  }

  // Caller holds mu. A drop request aimed at this holder is void once it
  // lets go: clearing it here (under mu, where requests are made) means a
  // thread never yields because of a stale request.
  void ReleaseLocked(ThreadState& ts) {
    ts.eval_breaker.fetch_and(~kBreakGilDropRequest, std::memory_order_relaxed);
    if (holder.load(std::memory_order_relaxed) == &ts) {
      holder.store(nullptr, std::memory_order_relaxed);
    }
    if (waiters > 0) free_cv.notify_one();
  }
};

Gil::Gil() : impl_(new Impl()) {}

Gil::~Gil() {
  {
    std::lock_guard<std::mutex> lock(impl_->mu);
    impl_->dead = true;
  }
  // Waiters wake up, see `dead` and park for good.
  impl_->free_cv.notify_all();
  impl_->switch_cv.notify_all();
  impl_->Unref();
}

void Gil::Acquire(ThreadState& ts) { GilAccess::Acquire(impl_, ts); }

void Gil::Release(ThreadState& ts) {
  std::lock_guard<std::mutex> lock(impl_->mu);
  impl_->ReleaseLocked(ts);
}

void Gil::Yield(ThreadState& ts) {
  Impl* impl = impl_;
  std::unique_lock<std::mutex> lock(impl->mu);
  if (impl->waiters == 0) {
    // Nobody to hand over to (the requester may have been served already).
    ts.eval_breaker.fetch_and(~kBreakGilDropRequest, std::memory_order_relaxed);
    return;
  }
  uint64_t before = impl->switch_count;
  impl->ReleaseLocked(ts);
  // Fairness: do not compete for the lock until someone else has had it.
  // Waiters only leave by taking the lock, so with waiters > 0 the switch
  // happens; the waiters == 0 test guards against waiting forever anyway.
  impl->switch_cv.wait(lock, [&] {
    return impl->switch_count != before || impl->waiters == 0 || impl->dead;
  });
  impl->AcquireLocked(lock, ts);
}

bool Gil::HeldBy(const ThreadState& ts) const {
  return impl_->holder.load(std::memory_order_relaxed) == &ts;
}

int Gil::waiters() const {
  return impl_->waiters_snapshot.load(std::memory_order_relaxed);
}

void Gil::ReinitAfterFork(ThreadState& ts) {
  // Other threads of the parent may have held `mu` or been inside a
  // condition-variable wait at the moment of fork; those objects are in an
  // unknown state in the child and must not be used or destroyed. Leak them
  // (their references belonged to threads that do not exist in the child)
  // and start over with a fresh lock owned by the surviving thread.
#if INTERP_LSAN
  // A deliberate, bounded leak (one per fork): tell LeakSanitizer.
  __lsan_ignore_object(impl_);
#endif
  impl_ = new Impl();
  impl_->holder.store(&ts, std::memory_order_relaxed);
  impl_->switch_count = 1;
  ts.eval_breaker.fetch_and(~kBreakGilDropRequest, std::memory_order_relaxed);
}

// --- GilAccess (gil_internal.h) ---

Gil::Impl* GilAccess::Retain(Gil& gil) {
  gil.impl_->Ref();
  return gil.impl_;
}

void GilAccess::Unref(Gil::Impl* impl) { impl->Unref(); }

void GilAccess::Acquire(Gil::Impl* impl, ThreadState& ts) {
  std::unique_lock<std::mutex> lock(impl->mu);
  impl->AcquireLocked(lock, ts);
}

void GilAccess::Release(Gil::Impl* impl, ThreadState& ts) {
  std::lock_guard<std::mutex> lock(impl->mu);
  impl->ReleaseLocked(ts);
}

void GilAccess::ShutDown(Gil& gil, ThreadState& survivor) {
  Gil::Impl* impl = gil.impl_;
  {
    std::lock_guard<std::mutex> lock(impl->mu);
    impl->survivor = &survivor;
  }
  impl->free_cv.notify_all();
}

bool GilAccess::Dead(Gil::Impl* impl) {
  std::lock_guard<std::mutex> lock(impl->mu);
  return impl->dead;
}

bool GilAccess::ReadIfLive(Gil::Impl* impl, const ThreadState& ts,
                           absl::FunctionRef<void()> read) {
  std::lock_guard<std::mutex> lock(impl->mu);
  if (impl->ShutOut(ts)) return false;
  read();
  return true;
}

// --- BlockingRegion ---

BlockingRegion::BlockingRegion(ThreadState& ts) : ts_(ts) {
  RuntimeState* rt = ts_.runtime.load(std::memory_order_relaxed);
  if (rt == nullptr || rt->gil == nullptr) return;
  gil_ = GilAccess::Retain(*rt->gil);
  GilAccess::Release(gil_, ts_);
}

bool BlockingRegion::ReadRuntime(absl::FunctionRef<void()> read) {
  // Without a lock (a runtime used by one thread) there is nobody to be
  // abandoned by.
  if (gil_ == nullptr) {
    read();
    return true;
  }
  return GilAccess::ReadIfLive(gil_, ts_, read);
}

BlockingRegion::~BlockingRegion() {
  if (gil_ == nullptr) return;
  // Through our own reference: the runtime may be gone by now (daemon
  // threads at exit), in which case this never returns.
  GilAccess::Acquire(gil_, ts_);
  GilAccess::Unref(gil_);
}

}  // namespace interp
