// ThreadState: everything one thread needs to run script code, plus the
// crash-report-visible identity of that thread (id, name, frame stack).
//
// ThreadStates live in type-stable memory and sit on a process-wide,
// grow-only, lock-free registry list (thread_registry.h): a finished
// thread's state is marked free and later reused, never unmapped, so a
// signal handler walking the registry never touches freed memory.
#ifndef INTERP_RUNTIME_FRAMES_THREAD_STATE_H_
#define INTERP_RUNTIME_FRAMES_THREAD_STATE_H_

#include <atomic>
#include <cstdint>
#include <vector>

#include "runtime/frames/frame_stack.h"
#include "runtime/value.h"

namespace interp {

struct RuntimeState;

inline constexpr uint32_t kMaxThreadNameLen = 500;

// What a thread is doing, for hang reports (SPEC 2.5). Published by the
// thread itself (ActivityScope), read lock-free by the watchdog and signal
// handlers. Running bytecode is the default; a native function called from
// a script shows as the innermost frame of the stack.
enum class ThreadActivity : uint32_t {
  kRunning = 0,   // running bytecode (or a native function holding the GIL)
  kWaiting = 1,   // blocked on a lock, condition, event, semaphore, ...
  kJoining = 2,   // waiting for another thread to finish
  kSleeping = 3,  // sleeping on request (time.sleep)
  kNative = 4,    // blocked in a native call (waitpid, pause, ...)
};

enum class ThreadStatus : uint32_t {
  kFree = 0,     // on the registry, available for reuse
  kRunning = 1,  // attached to a runtime, may run script code
  kExiting = 2,  // unwinding; frames may still be read
  // Claimed by an attaching thread that is still filling it in: not yet
  // reportable, not available for reuse.
  kStarting = 3,
};

// Bits of ThreadState::eval_breaker. The interpreter tests the whole word at
// calls and backward jumps (one relaxed load); only when it is non-zero does
// it look at the bits.
enum EvalBreakerBits : uint32_t {
  kBreakGilDropRequest = 1u << 0,  // another thread wants the global lock
  kBreakSignalsPending =
      1u << 1,                // a script signal handler must run (main thread)
  kBreakGcRequest = 1u << 2,  // allocation passed the collection threshold
  kBreakBudget = 1u << 3,     // host instruction budget / deadline reached
};

struct ThreadState {
  // --- Registry and reader-visible identity (async-signal-safe reads). ---
  ThreadState* next = nullptr;  // immutable once published on the registry
  std::atomic<ThreadStatus> status{ThreadStatus::kFree};
  std::atomic<uint64_t> ident{0};  // pthread_self() as threading.get_ident()
  std::atomic<bool> is_main{false};
  // True while this thread runs the garbage collector ("Garbage-collecting").
  std::atomic<bool> collecting{false};
  // Name, with a seqlock (name_seq odd while it is being rewritten).
  std::atomic<uint32_t> name_seq{0};
  std::atomic<uint32_t> name_len{0};
  // True when SetName had to cut the name (reports then end it with "...").
  std::atomic<bool> name_truncated{false};
  char name[kMaxThreadNameLen + 1] = {};
  // The runtime this thread is attached to (null when free).
  std::atomic<RuntimeState*> runtime{nullptr};
  FrameStack frames;

  // --- Hang detection (written by the owner, read lock-free). ---
  // Bumped at every safe point of the interpreter (calls and backward
  // jumps): a thread whose counter stands still runs no bytecode.
  std::atomic<uint64_t> progress{0};
  // The activity, with a seqlock (activity_seq odd while being rewritten):
  // a ThreadActivity, what it waits in (a string with static storage
  // duration, e.g. "Lock.acquire") and since when (CLOCK_MONOTONIC ns).
  std::atomic<uint32_t> activity_seq{0};
  std::atomic<uint32_t> activity{0};
  std::atomic<const char*> activity_what{nullptr};
  std::atomic<int64_t> activity_since_ns{0};

  // Alternate signal stack for this thread: mapped once per ThreadState
  // (with a guard page) and installed by AttachThreadState when the thread
  // has none, so that a stack overflow in any runtime thread can be
  // reported. alt_stack_installed says whether Attach installed it (and so
  // Detach must remove it).
  void* alt_stack = nullptr;
  size_t alt_stack_size = 0;
  bool alt_stack_installed = false;

  // --- Owner-thread state (never read by crash reporters). ---
  std::atomic<uint32_t> eval_breaker{0};
  Value* stack_base = nullptr;  // kValueStackSlots Values, mmap'd once
  Value* stack_limit = nullptr;
  // The exception being raised while a native/VM helper returns
  // Value::Error(); Value::None() when none.
  Value pending_exception;
  // Values native code must keep alive across calls back into the VM
  // (see TempRoots in heap.h). Scanned by the collector.
  std::vector<Value> temp_roots;
  // Nested interpreter activations (native -> script re-entry) on the C
  // stack; bounded so no script can overflow the C stack.
  uint32_t native_reentry_depth = 0;
  // Items until the next host-limit poll of native loops (NativePoll),
  // shared by every loop of the thread so that nested loops over small
  // containers (the repr of a deeply shared structure) add up.
  uint32_t native_poll_countdown = 1024;
  // Opaque per-thread data of the threading module (Thread object, etc.).
  Value thread_object;
  // The exception being handled by an `except` block of this thread (the
  // VM's kPushExcInfo/kPopExcInfo; sys.exc_info()), None when none. The VM
  // links it as __context__ of exceptions raised meanwhile, and traces it.
  Value handled_exception;
  // Frame objects of live records, by record index; a slot is meaningful
  // only while its record carries kFrameHasObject (vm/frame_object.h).
  std::vector<Value> frame_objects;

  // Sets the name (owner thread or before publication); cut at
  // kMaxThreadNameLen bytes (at a UTF-8 character boundary).
  void SetName(const char* s, size_t n);

  // Publishes the activity (owner thread only; seqlock writer). `what`
  // must have static storage duration: readers keep the pointer.
  void SetActivity(ThreadActivity a, const char* what, int64_t since_ns);
};

// Publishes `activity` for the scope of a blocking wait and restores the
// previous one at exit (nested scopes: the outer wait shows again).
//   { ActivityScope wait(ts, ThreadActivity::kWaiting, "Lock.acquire"); ...}
// A clock read and a few stores: nothing next to the wait it marks.
class ActivityScope {
 public:
  ActivityScope(ThreadState& ts, ThreadActivity a, const char* what);
  ~ActivityScope();
  ActivityScope(const ActivityScope&) = delete;
  ActivityScope& operator=(const ActivityScope&) = delete;

 private:
  ThreadState& ts_;
  ThreadActivity prev_;
  const char* prev_what_;
  int64_t prev_since_;
};

// CLOCK_MONOTONIC in nanoseconds (async-signal-safe: clock_gettime).
int64_t MonotonicNowNs();

// The calling thread's attached ThreadState, or null. Not for signal
// handlers (TLS in a shared object may allocate); they match pthread_self()
// against ThreadState::ident instead.
ThreadState* CurrentThreadState();
void SetCurrentThreadState(ThreadState* ts);

}  // namespace interp

#endif  // INTERP_RUNTIME_FRAMES_THREAD_STATE_H_
