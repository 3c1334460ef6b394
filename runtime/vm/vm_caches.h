// VmCaches: the VM's per-runtime state (RuntimeState::vm). Defined in its
// own small header so that the file defining ~RuntimeState (which destroys
// the unique_ptr) can see the complete type without the VM's internals.
#ifndef INTERP_RUNTIME_VM_VM_CACHES_H_
#define INTERP_RUNTIME_VM_VM_CACHES_H_

#include <atomic>
#include <cstdint>
#include <string>
#include <vector>

#include "runtime/vm/interpreter.h"

namespace interp {

struct VmCaches {
  // Runs pending script signal handlers (threads engineer's hook; see
  // SetPendingSignalHook in interpreter.h). Null: signals are ignored.
  SignalHandlerHook signal_hook = nullptr;
  // Source of ClassObject::version values. Unique across the runtime, so an
  // inline cache keyed on (class, version) never matches a class that was
  // freed and whose memory now holds another class.
  uint64_t next_class_version = 1;
  // Host deadline (CLOCK_MONOTONIC nanoseconds), 0 when none. Checked by
  // the budget tick, so only when instruction_budget is also armed. Atomic:
  // the host sets it (SetTimeout) while script threads run, and blocking
  // waits poll it without the global lock.
  std::atomic<int64_t> deadline_ns{0};
  // Ticks between deadline clock reads.
  uint32_t deadline_countdown = 0;
  // Runtime::SetTimeout's duration: each run the host starts gets
  // deadline_ns = start + timeout_ns. 0: none.
  int64_t timeout_ns = 0;
  // Runtime::Interrupt() was called during the current run: every safe
  // point and blocking wait raises TimeoutError again until the host
  // starts another run, so script code cannot swallow the stop.
  std::atomic<bool> interrupted{false};
  // Modules whose body is running (import cycles see them partially
  // initialised; error messages say so). Rooted by sys.modules.
  std::vector<Object*> initializing_modules;
};

}  // namespace interp

#endif  // INTERP_RUNTIME_VM_VM_CACHES_H_
