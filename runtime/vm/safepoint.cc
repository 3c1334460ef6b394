// Safe points: what the loop does when the eval breaker is set (collect,
// hand the global lock over, run script signal handlers, enforce the host's
// budget), and the collector's view of a thread's stack.
#include "runtime/vm/safepoint.h"

#include <time.h>

#include <algorithm>

#include "runtime/builtins/errors.h"
#include "runtime/objects/heap.h"
#include "runtime/vm/finalizers.h"
#include "runtime/vm/generator.h"
#include "runtime/vm/gil.h"
#include "runtime/vm/interpreter.h"
#include "runtime/vm/loop_helpers.h"
#include "runtime/vm/vm_internal.h"

namespace interp {
namespace vm {
namespace {

int64_t MonotonicNs() {
  timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return static_cast<int64_t>(t.tv_sec) * 1000000000 + t.tv_nsec;
}

Value RaiseTimeout(ThreadState& ts, std::string_view why) {
  return RaiseWithMessage(ts, Rt(ts).exc.timeout_error, why);
}

}  // namespace

bool BudgetTick(ThreadState& ts, RuntimeState& rt) {
  int64_t b = rt.instruction_budget.load(std::memory_order_relaxed);
  if (b > 0) {
    rt.instruction_budget.store(b - 1, std::memory_order_relaxed);
  } else if (b == 0) {
    // Stays exhausted: every later tick raises again, so a script cannot
    // swallow the error and keep running.
    RaiseTimeout(ts, "instruction budget exhausted");
    return false;
  }
  VmCaches& vm = *rt.vm;
  const int64_t deadline = vm.deadline_ns.load(std::memory_order_relaxed);
  if (deadline != 0) {
    if (vm.deadline_countdown == 0) {
      vm.deadline_countdown = 1024;
      if (MonotonicNs() >= deadline) {
        RaiseTimeout(ts, "deadline exceeded");
        return false;
      }
    }
    --vm.deadline_countdown;
  }
  return true;
}

}  // namespace vm

bool HandleEvalBreaker(ThreadState& ts) {
  RuntimeState& rt = vm::Rt(ts);
  uint32_t bits = ts.eval_breaker.load(std::memory_order_acquire);
  if (bits & kBreakGcRequest) {
    // Collect clears the request bit on every thread.
    rt.heap.Collect(ts);
    if (HasPendingFinalizers(rt)) RunPendingFinalizers(ts);
  }
  if (bits & kBreakGilDropRequest) {
    if (rt.gil != nullptr) {
      rt.gil->Yield(ts);
    } else {
      ts.eval_breaker.fetch_and(~kBreakGilDropRequest,
                                std::memory_order_relaxed);
    }
  }
  if (bits & kBreakSignalsPending) {
    if (rt.vm != nullptr && rt.vm->signal_hook != nullptr) {
      if (!rt.vm->signal_hook(ts)) return false;
    } else {
      ts.eval_breaker.fetch_and(~kBreakSignalsPending,
                                std::memory_order_relaxed);
    }
  }
  if (bits & kBreakBudget) {
    // Runtime::Interrupt(): the bit stays set for the rest of the run, so
    // every later safe point raises again (the next run clears it).
    vm::RaiseTimeout(ts, "interrupted by the host");
    return false;
  }
  return true;
}

HostPoll PollHostStop(ThreadState& ts, BlockingRegion& region) {
  if (ts.eval_breaker.load(std::memory_order_acquire) & kBreakBudget) {
    return HostPoll::kStop;
  }
  bool stop = false;
  bool live = region.ReadRuntime([&] {
    RuntimeState* rt = ts.runtime.load(std::memory_order_acquire);
    if (rt == nullptr) return;
    if (rt->instruction_budget.load(std::memory_order_relaxed) == 0) {
      stop = true;
      return;
    }
    if (rt->vm == nullptr) return;
    int64_t deadline = rt->vm->deadline_ns.load(std::memory_order_relaxed);
    stop = deadline != 0 && vm::MonotonicNs() >= deadline;
  });
  if (!live) return HostPoll::kAbandoned;
  return stop ? HostPoll::kStop : HostPoll::kNone;
}

bool RaiseHostStop(ThreadState& ts) {
  RuntimeState& rt = vm::Rt(ts);
  if (ts.eval_breaker.load(std::memory_order_acquire) & kBreakBudget) {
    vm::RaiseTimeout(ts, "interrupted by the host");
  } else if (rt.instruction_budget.load(std::memory_order_relaxed) == 0) {
    vm::RaiseTimeout(ts, "instruction budget exhausted");
  } else {
    vm::RaiseTimeout(ts, "deadline exceeded");
  }
  return false;
}

void SetPendingSignalHook(RuntimeState& rt, SignalHandlerHook hook) {
  if (rt.vm == nullptr) rt.vm = MakeUpperLayer<VmCaches>();
  rt.vm->signal_hook = hook;
}

void TraceVmRoots(RuntimeState& rt, Tracer& t) {
  if (rt.vm == nullptr) return;
  for (Object* m : rt.vm->initializing_modules) t.MarkObject(m);
}

void TraceThreadStack(ThreadState& ts, Tracer& t) {
  // Registers are live up to the end of the innermost frame that lives on
  // the register stack. A callee's window starts at its call's registers,
  // above everything its caller still needs (the compiler allocates
  // temporaries as a stack), so the caller's registers above the call
  // hold only the dead temporaries and locals of finished calls: marking
  // them would keep their objects (and their __del__) alive for as long as
  // the caller runs. A native frame's window ends at its base, above its
  // arguments.
  uint32_t depth = ts.frames.depth_relaxed();
  Frame* records = ts.frames.records();
  Value* top = ts.stack_base;
  for (uint32_t i = 0; i < depth; ++i) {
    Frame& f = records[i];
    if (f.func != nullptr) t.MarkObject(reinterpret_cast<Object*>(f.func));
    if (f.flags & kFrameHasObject) t.Mark(ts.frame_objects[i]);
    if (f.flags & kFrameGenerator) {
      // Its registers are inside the generator object, not in the stack.
      t.MarkObject(Generator::FromRegs(f.base));
      continue;
    }
    Value* end = f.base;
    if (!(f.flags & kFrameNative) && f.code != nullptr) {
      t.MarkObject(f.code);
      end = f.base + f.code->body->num_regs;
    }
    top = end;
  }
  if (ts.stack_base != nullptr) t.MarkRange(ts.stack_base, top);
  t.Mark(ts.handled_exception);
  t.Mark(ts.thread_object);
  t.Mark(ts.pending_exception);
}

}  // namespace interp
