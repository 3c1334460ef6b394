// Small helpers shared by the threading, signal and os-process natives.
// Internal to runtime/threads/.
#ifndef INTERP_RUNTIME_THREADS_UTIL_H_
#define INTERP_RUNTIME_THREADS_UTIL_H_

#include <chrono>
#include <cstdint>
#include <initializer_list>
#include <string_view>

#include "runtime/frames/thread_state.h"
#include "runtime/object.h"
#include "runtime/objects/function.h"

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

// Like BindArgs, with the TypeError messages of a Python function (CPython's
// threading and signal modules are Python wrappers): "f() missing 1
// required positional argument: 'x'", "f() takes 2 positional arguments
// but 3 were given", "got multiple values for argument", ... For methods,
// names[0] is "self" and counts like CPython counts it.
bool BindPyArgs(ThreadState& ts, std::string_view func_name, const Value* args,
                uint32_t nargs, Tuple* kwnames,
                std::initializer_list<std::string_view> names,
                uint32_t required, Value* out);

// The checks of CPython's C functions without parameters, with their
// messages: "<qualname>() takes no arguments (N given)" and "takes no
// keyword arguments". `self` args (methods) are not counted.
bool CheckNoArgsC(ThreadState& ts, std::string_view qualname, uint32_t nargs,
                  Tuple* kwnames);
// C functions taking exactly `n` positional-only arguments: "name() takes
// exactly one argument (N given)" (n == 1, METH_O) or "takes exactly N
// arguments (M given)".
bool CheckExactArgsC(ThreadState& ts, std::string_view qualname, uint32_t nargs,
                     Tuple* kwnames, uint32_t n);

// A number of seconds (int, bool or float). False with TypeError pending.
bool ToSeconds(ThreadState& ts, Value v, double* out);

// A C int (signal numbers, options). False with TypeError /
// OverflowError pending.
bool ToCInt(ThreadState& ts, Value v, int* out);
// A pid_t (CPython's pid converter words its OverflowError differently).
bool ToPid(ThreadState& ts, Value v, int* out);

// OSError(errno, strerror(errno)) pending; returns Error.
Value RaiseOSErrorFromErrno(ThreadState& ts, int err);

// callable() as the `signal` module needs it.
bool IsCallable(ThreadState& ts, Value v);

// Writes text to sys.stderr (falling back to fd 2) and flushes it. Errors
// raised by the stream are dropped.
void WriteToStderr(ThreadState& ts, std::string_view text);

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
