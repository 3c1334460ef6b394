// NativePoll (native_poll.h): the host limits and the eval breaker, checked
// from inside long native loops.
#include "runtime/vm/native_poll.h"

#include <time.h>

#include "runtime/builtins/errors.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/vm/interpreter.h"
#include "runtime/vm/vm_caches.h"

namespace interp {
namespace {

int64_t MonotonicNs() {
  timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return static_cast<int64_t>(t.tv_sec) * 1000000000 + t.tv_nsec;
}

bool RaiseTimeout(ThreadState& ts, RuntimeState& rt, std::string_view why) {
  RaiseWithMessage(ts, rt.exc.timeout_error, why);
  return false;
}

}  // namespace

bool NativePoll::Check(uint64_t items) {
  RuntimeState& rt = *ts_.runtime.load(std::memory_order_relaxed);
  uint32_t bits = ts_.eval_breaker.load(std::memory_order_acquire);
  if (at_safe_point_) {
    // The caller has promised that script code (hence a collection or
    // another thread) may run here: do what the interpreter's safe point
    // does, Runtime::Interrupt() included.
    if (bits != 0 && !HandleEvalBreaker(ts_)) return false;
  } else if (bits & kBreakBudget) {
    // Runtime::Interrupt(): sticky for the run, as at the interpreter's
    // safe points.
    return RaiseTimeout(ts_, rt, "interrupted by the host");
  }
  int64_t budget = rt.instruction_budget.load(std::memory_order_relaxed);
  if (budget >= 0) {
    uint64_t total = uncharged_ + items;
    uint64_t ticks = total / kItemsPerTick;
    uncharged_ = static_cast<uint32_t>(total % kItemsPerTick);
    if (budget == 0) {
      return RaiseTimeout(ts_, rt, "instruction budget exhausted");
    }
    if (ticks >= static_cast<uint64_t>(budget)) {
      // Spent within this stretch: stop now rather than after it, and stay
      // exhausted for every later safe point, as BudgetTick does.
      rt.instruction_budget.store(0, std::memory_order_relaxed);
      return RaiseTimeout(ts_, rt, "instruction budget exhausted");
    }
    rt.instruction_budget.store(budget - static_cast<int64_t>(ticks),
                                std::memory_order_relaxed);
  }
  const int64_t deadline =
      rt.vm != nullptr ? rt.vm->deadline_ns.load(std::memory_order_relaxed) : 0;
  if (deadline != 0 && MonotonicNs() >= deadline) {
    return RaiseTimeout(ts_, rt, "deadline exceeded");
  }
  return true;
}

bool CheckResultSize(ThreadState& ts, uint64_t bytes) {
  if (bytes > kMaxNativeResultBytes) {
    // Refused before allocating: not RaiseMemoryError, which releases the
    // runtime's memory reserve for the handler of a failed allocation
    // (memory is as available as before; see bigint.cc).
    RaiseWithMessage(
        ts, ts.runtime.load(std::memory_order_relaxed)->exc.memory_error, "");
    return false;
  }
  // Small results cost less than the check.
  constexpr uint64_t kChargeFrom = uint64_t{1} << 16;
  if (bytes < kChargeFrom) return true;
  NativePoll poll(ts, /*at_safe_point=*/false);
  return poll.Advance(bytes / 16);
}

}  // namespace interp
