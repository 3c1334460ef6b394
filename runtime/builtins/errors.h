// Raising script exceptions from native code. Each returns Value::Error()
// after setting ts.pending_exception, so natives write
//   return RaiseTypeError(ts, "...");
#ifndef INTERP_RUNTIME_BUILTINS_ERRORS_H_
#define INTERP_RUNTIME_BUILTINS_ERRORS_H_

#include <string_view>

#include "absl/strings/str_format.h"
#include "runtime/frames/thread_state.h"
#include "runtime/object.h"

namespace interp {

// Instantiates `cls` with args (message,) — or () when message is empty
// and `no_args` — and sets it pending.
Value RaiseWithMessage(ThreadState& ts, ClassObject* cls,
                       std::string_view message);
// Sets an existing exception instance (or class, instantiated with no
// args) pending.
Value RaiseValue(ThreadState& ts, Value exception);

template <typename... Args>
Value RaiseFormat(ThreadState& ts, ClassObject* cls,
                  const absl::FormatSpec<Args...>& format,
                  const Args&... args) {
  return RaiseWithMessage(ts, cls, absl::StrFormat(format, args...));
}

// Shorthands for the common builtin classes (look up ts's runtime).
Value RaiseTypeError(ThreadState& ts, std::string_view message);
Value RaiseValueError(ThreadState& ts, std::string_view message);
Value RaiseIndexError(ThreadState& ts, std::string_view message);
Value RaiseKeyError(ThreadState& ts, Value key);  // args = (key,)
Value RaiseOverflowError(ThreadState& ts, std::string_view message);
Value RaiseZeroDivisionError(ThreadState& ts, std::string_view message);
Value RaiseMemoryError(ThreadState& ts);
Value RaiseStopIteration(ThreadState& ts);
Value RaiseAttributeError(ThreadState& ts, std::string_view message);
Value RaiseRuntimeError(ThreadState& ts, std::string_view message);

// True when the pending exception is an instance of `cls` (or a subclass).
bool PendingExceptionMatches(ThreadState& ts, ClassObject* cls);
// Clears and returns the pending exception.
Value TakePendingException(ThreadState& ts);

}  // namespace interp

#endif  // INTERP_RUNTIME_BUILTINS_ERRORS_H_
