// Per-runtime state of the threading and signal modules, and the
// reference-counted native records behind script-visible threads, locks and
// events. Internal to runtime/threads/.
//
// Native records (ThreadRecord, LockData, EventData) are reference-counted
// rather than owned by their heap objects: a thread blocked on an Event
// keeps the Event's record alive even if the runtime (and so the heap
// object) is destroyed under it, which happens to daemon threads at exit.
#ifndef INTERP_RUNTIME_THREADS_THREADS_STATE_H_
#define INTERP_RUNTIME_THREADS_THREADS_STATE_H_

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "runtime/frames/thread_state.h"
#include "runtime/object.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/vm/gil.h"

namespace interp {

// A mutex + condition variable that the fork child can reinitialise: a
// parent thread that does not exist in the child may have held it.
struct SyncCore {
  std::mutex mu;
  std::condition_variable cv;
  // Registry of every live SyncCore (for ReinitSyncCoresAfterFork).
  SyncCore* reg_prev = nullptr;
  SyncCore* reg_next = nullptr;

  SyncCore();
  ~SyncCore();
  SyncCore(const SyncCore&) = delete;
  SyncCore& operator=(const SyncCore&) = delete;
};

// In the fork child (single-threaded): re-creates every SyncCore's mutex
// and condition variable in the unlocked state.
void ReinitSyncCoresAfterFork();
// Held around fork() so that the registry is consistent in the child.
void LockSyncCoreRegistry();
void UnlockSyncCoreRegistry();

// Intrusive reference count for records shared between heap objects and
// threads.
struct RefCounted {
  std::atomic<int> refs{1};
  void Ref() { refs.fetch_add(1, std::memory_order_relaxed); }
  template <typename T>
  static void Unref(T* p) {
    if (p->refs.fetch_sub(1, std::memory_order_acq_rel) == 1) delete p;
  }
};

enum class ThreadRun : uint8_t { kNew, kStarting, kStarted, kFinished };

// The native side of one threading.Thread object.
struct ThreadRecord : RefCounted {
  SyncCore sync;
  // Under sync.mu.
  ThreadRun run = ThreadRun::kNew;
  bool daemon = false;
  uint64_t ident = 0;
  int64_t native_id = 0;
  // The thread's state while it runs (kStarted); under sync.mu.
  ThreadState* ts = nullptr;
};

struct LockData : RefCounted {
  SyncCore sync;
  bool locked = false;  // under sync.mu
  // RLock only: owner ident and recursion count (under sync.mu).
  uint64_t owner = 0;
  uint64_t count = 0;
};

struct EventData : RefCounted {
  SyncCore sync;
  bool flag = false;  // under sync.mu
};

struct RuntimeState::ThreadsState {
  // Guards `records` and the name counters. Taken with or without the GIL,
  // never while waiting for the GIL.
  std::mutex mu;
  // Started threads that have not finished (one reference each).
  std::vector<ThreadRecord*> records;
  int64_t thread_counter = 0;  // "Thread-N"
  int64_t dummy_counter = 0;   // "Dummy-N"

  // Script classes, set when the threading module is created (rooted by
  // the module; also stored in the module dict).
  ClassObject* thread_class = nullptr;
  ClassObject* main_thread_class = nullptr;
  ClassObject* dummy_thread_class = nullptr;
  ClassObject* lock_class = nullptr;
  ClassObject* rlock_class = nullptr;
  ClassObject* event_class = nullptr;
  Object* threading_module = nullptr;

  // Signal module: the handler table (a List of NSIG entries; Empty is
  // never stored: None = "not installed from a script"), rooted through
  // RuntimeState::threads_roots and the signal module.
  List* signal_handlers = nullptr;
  Value default_int_handler;  // signal.default_int_handler

  ~ThreadsState();
};

// The runtime's ThreadsState (created on first use; GIL held).
RuntimeState::ThreadsState& GetThreadsState(RuntimeState& rt);

// Native data glue: wraps a record in a NativeData object of class `cls`.
// The object holds one reference, dropped by its finalizer. Null with
// MemoryError pending.
Object* NewThreadRecordObject(ThreadState& ts, ClassObject* cls,
                              ThreadRecord* rec);
Object* NewLockObject(ThreadState& ts, ClassObject* cls, LockData* lock);
Object* NewEventObject(ThreadState& ts, ClassObject* cls, EventData* event);

// The record behind a wrapper object, or null when `v` is not one (so a
// method called on the wrong object fails cleanly).
ThreadRecord* AsThreadRecord(Value v);
LockData* AsLockData(Value v);
EventData* AsEventData(Value v);

// The current runtime of ts (never null for an attached thread).
inline RuntimeState& RuntimeOf(ThreadState& ts) {
  return *ts.runtime.load(std::memory_order_relaxed);
}

}  // namespace interp

#endif  // INTERP_RUNTIME_THREADS_THREADS_STATE_H_
