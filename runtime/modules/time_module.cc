// The `time` module: time, monotonic, perf_counter (and their _ns forms),
// process_time, and sleep, which releases the global lock and lets script
// signal handlers run when a signal interrupts it (Ctrl-C during sleep
// raises KeyboardInterrupt promptly, like CPython; see signals.h).
#include <time.h>

#include <cerrno>
#include <cmath>
#include <cstdint>

#include "runtime/builtins/builtin_modules.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/builtins/internal.h"
#include "runtime/objects/protocols.h"
#include "runtime/threads/signals.h"
#include "runtime/threads/util.h"
#include "runtime/vm/call.h"
#include "runtime/vm/gil.h"
#include "runtime/vm/interpreter.h"

namespace interp {
namespace builtins {
namespace {

int64_t ClockNs(clockid_t clock) {
  timespec t;
  clock_gettime(clock, &t);
  return static_cast<int64_t>(t.tv_sec) * 1000000000 + t.tv_nsec;
}

bool NoArgs(ThreadState& ts, const char* name, uint32_t nargs, Tuple* kw) {
  return NoKwargs(ts, name, kw) && CheckArgCount(ts, name, nargs, 0, 0);
}

Value Seconds(int64_t ns) {
  return Value::Float(static_cast<double>(ns) / 1e9);
}

Value Time(ThreadState& ts, const Value*, uint32_t nargs, Tuple* kw) {
  if (!NoArgs(ts, "time", nargs, kw)) return Value::Error();
  return Seconds(ClockNs(CLOCK_REALTIME));
}
Value TimeNs(ThreadState& ts, const Value*, uint32_t nargs, Tuple* kw) {
  if (!NoArgs(ts, "time_ns", nargs, kw)) return Value::Error();
  return Value::Int(ClockNs(CLOCK_REALTIME));
}
Value Monotonic(ThreadState& ts, const Value*, uint32_t nargs, Tuple* kw) {
  if (!NoArgs(ts, "monotonic", nargs, kw)) return Value::Error();
  return Seconds(ClockNs(CLOCK_MONOTONIC));
}
Value MonotonicNs(ThreadState& ts, const Value*, uint32_t nargs, Tuple* kw) {
  if (!NoArgs(ts, "monotonic_ns", nargs, kw)) return Value::Error();
  return Value::Int(ClockNs(CLOCK_MONOTONIC));
}
// CPython's perf_counter is CLOCK_MONOTONIC on Linux too.
Value PerfCounter(ThreadState& ts, const Value*, uint32_t nargs, Tuple* kw) {
  if (!NoArgs(ts, "perf_counter", nargs, kw)) return Value::Error();
  return Seconds(ClockNs(CLOCK_MONOTONIC));
}
Value PerfCounterNs(ThreadState& ts, const Value*, uint32_t nargs, Tuple* kw) {
  if (!NoArgs(ts, "perf_counter_ns", nargs, kw)) return Value::Error();
  return Value::Int(ClockNs(CLOCK_MONOTONIC));
}
Value ProcessTime(ThreadState& ts, const Value*, uint32_t nargs, Tuple* kw) {
  if (!NoArgs(ts, "process_time", nargs, kw)) return Value::Error();
  return Seconds(ClockNs(CLOCK_PROCESS_CPUTIME_ID));
}

Value Sleep(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!CheckExactArgsC(ts, "time.sleep", nargs, kw, 1)) {
    return Value::Error();
  }
  double secs;
  if (args[0].IsIntLike()) {
    secs = static_cast<double>(args[0].AsInt());
  } else if (args[0].IsFloat()) {
    secs = args[0].AsFloat();
    if (std::isnan(secs)) {
      return RaiseValueError(ts, "Invalid value NaN (not a number)");
    }
  } else {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "'%s' object cannot be interpreted as an integer",
                       TypeName(ts, args[0]));
  }
  if (secs < 0) return RaiseValueError(ts, "sleep length must be non-negative");
  if (secs > 9.2e9) {
    return RaiseOverflowError(ts, "sleep length is too large");
  }
  // Releases the lock; in the main thread, wakes for signals delivered to
  // any thread (through the handler's self-pipe), runs their script
  // handlers, then sleeps on for the time left (PEP 475).
  if (!SleepInterruptibly(ts, secs)) return Value::Error();
  return Value::None();
}

}  // namespace

Module* InitTimeModule(ThreadState& ts) {
  auto* m = static_cast<Module*>(NewModule(ts, "time"));
  if (m == nullptr) return nullptr;
  TempRoots roots(ts);
  roots.Add(Value::Obj(m));
  static constexpr MethodDef kFunctions[] = {
      {"time", Time},
      {"time_ns", TimeNs},
      {"monotonic", Monotonic},
      {"monotonic_ns", MonotonicNs},
      {"perf_counter", PerfCounter},
      {"perf_counter_ns", PerfCounterNs},
      {"process_time", ProcessTime},
      {"sleep", Sleep},
  };
  for (const MethodDef& def : kFunctions) {
    if (!AddFunction(ts, m, def.name, def.fn)) return nullptr;
  }
  return m;
}

INTERP_REGISTER_BUILTIN_MODULE("time", InitTimeModule);

}  // namespace builtins
}  // namespace interp
