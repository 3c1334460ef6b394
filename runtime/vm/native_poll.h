// Host limits inside long native loops. The interpreter enforces the
// instruction budget, the deadline, Runtime::Interrupt() and script signal
// handlers at its safe points (calls and backward jumps), but a builtin
// such as sum(range(10**12)), list(map(str, range(10**12))) or
// "".join(...) loops in C++ and would never reach one. Such loops tick a
// NativePoll once per item:
//
//   NativePoll poll(ts);
//   for (;;) {
//     if (!poll.Tick()) return Value::Error();  // TimeoutError, ...
//     Value item = IterNext(ts, it);
//     ...
//   }
//
// Every kStride items it looks at the eval breaker and the limits (one
// branch per item otherwise). Items are charged to the instruction budget
// at one tick per kItemsPerTick: a native item costs a fraction of a
// bytecode loop iteration, and small native loops stay free.
#ifndef INTERP_RUNTIME_VM_NATIVE_POLL_H_
#define INTERP_RUNTIME_VM_NATIVE_POLL_H_

#include <cstdint>

#include "runtime/frames/thread_state.h"

namespace interp {

class NativePoll {
 public:
  static constexpr uint32_t kStride = 1024;
  static constexpr uint32_t kItemsPerTick = 64;

  // `at_safe_point`: at every Tick() the loop keeps all the values it still
  // needs reachable by the collector (TempRoots, or its caller's
  // registers) and copes with script code running there -- true for any
  // loop that calls IterNext, Equals, CallValue or another protocol that
  // may run script code. Then a pending collection, lock hand-off or
  // script signal handler (Ctrl-C) also runs at the poll. Otherwise (a
  // fill loop holding a fresh, unrooted object) only the host limits are
  // checked, and signals wait for the interpreter's next safe point.
  explicit NativePoll(ThreadState& ts, bool at_safe_point = true)
      : ts_(ts), at_safe_point_(at_safe_point) {}
  NativePoll(const NativePoll&) = delete;
  NativePoll& operator=(const NativePoll&) = delete;

  // One item. False, with an exception pending, when the loop must stop:
  // TimeoutError from the host limits, or what a script signal handler
  // raised (KeyboardInterrupt).
  bool Tick() {
    if (__builtin_expect(--ts_.native_poll_countdown != 0, 1)) return true;
    ts_.native_poll_countdown = kStride;
    return Check(kStride);
  }

  // `items` at once (a bulk copy that is about to run): polls now.
  bool Advance(uint64_t items) { return Check(items); }

 private:
  bool Check(uint64_t items);

  ThreadState& ts_;
  bool at_safe_point_;
  uint32_t uncharged_ = 0;  // items below one budget tick, carried over
};

// The largest str a native operation builds (padding, joining, replacing,
// repetition, formatting): objects are limited to 4 GiB, and the result is
// usually assembled in a temporary buffer first.
inline constexpr uint64_t kMaxNativeResultBytes = uint64_t{1} << 31;

// Before a native operation builds a result of `bytes` bytes: MemoryError
// (false) when it is larger than kMaxNativeResultBytes -- as CPython raises
// for "x".ljust(10**15) -- instead of the allocation aborting the process.
// A large result is also charged to the host limits (one item per 16
// bytes), so an instruction budget stops it before the copy starts.
bool CheckResultSize(ThreadState& ts, uint64_t bytes);

}  // namespace interp

#endif  // INTERP_RUNTIME_VM_NATIVE_POLL_H_
