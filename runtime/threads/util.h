// Small helpers shared by the threading, signal and os-process natives.
// Internal to runtime/threads/.
#ifndef INTERP_RUNTIME_THREADS_UTIL_H_
#define INTERP_RUNTIME_THREADS_UTIL_H_

#include <chrono>
#include <cstdint>
#include <initializer_list>
#include <string_view>

#include "runtime/function.h"
#include "runtime/object.h"
#include "runtime/thread_state.h"

namespace interp {

using SteadyClock = std::chrono::steady_clock;

// Binds the native calling convention's arguments to parameter names:
// out[i] receives the i-th parameter or Empty when not given. At most
// `max_positional` positional arguments; names after that are keyword-only.
// False with TypeError pending (unknown keyword, duplicate, too many, or a
// required parameter (index < `required`) missing).
bool BindArgs(ThreadState& ts, std::string_view func_name, const Value* args,
              uint32_t nargs, Tuple* kwnames,
              std::initializer_list<std::string_view> names,
              uint32_t max_positional, uint32_t required, Value* out);

// A number of seconds (int, bool or float). False with TypeError pending.
bool ToSeconds(ThreadState& ts, Value v, double* out);

// A C int (signal numbers, pids, options). False with TypeError /
// OverflowError pending.
bool ToCInt(ThreadState& ts, Value v, int* out);

// OSError(errno, strerror(errno)) pending; returns Error.
Value RaiseOSErrorFromErrno(ThreadState& ts, int err);

// callable() as the `signal` module needs it.
bool IsCallable(ThreadState& ts, Value v);

// Writes text to sys.stderr (falling back to fd 2) and flushes it. Errors
// raised by the stream are dropped.
void WriteToStderr(ThreadState& ts, std::string_view text);

// Calls flush() on sys.stdout and sys.stderr, dropping errors.
void FlushStdStreams(ThreadState& ts);

// Attribute helpers by C string (interned on use).
Value GetAttrNamed(ThreadState& ts, Value obj, std::string_view name);
bool SetAttrNamed(ThreadState& ts, Value obj, std::string_view name, Value v);
// Adds a native method to a class dict ("<module>.<Class>.<name>").
bool AddMethod(ThreadState& ts, ClassObject* cls, std::string_view qualified,
               std::string_view name, NativeFn fn);

// A steady-clock deadline `seconds` from now; `seconds` beyond ~292 years
// is capped (treated as "forever" by the waits).
SteadyClock::time_point DeadlineAfter(double seconds);

}  // namespace interp

#endif  // INTERP_RUNTIME_THREADS_UTIL_H_
