// Raising script exceptions from native code (errors.h). Instances are
// built directly (no call into the VM), so raising never re-enters the
// interpreter and works even while the VM itself reports an error.
#include "runtime/builtins/errors.h"

#include "runtime/builtins/factories.h"
#include "runtime/builtins/internal.h"
#include "runtime/objects/heap.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/vm/call.h"

namespace interp {

using builtins::Rt;

namespace builtins {

Value NewException(ThreadState& ts, ClassObject* cls, const Value* args,
                   uint32_t nargs) {
  RuntimeState& rt = Rt(ts);
  auto* e = rt.heap.New<ExceptionObject>(ts, ObjKind::kException, cls);
  if (e == nullptr) return RaiseMemoryError(ts);
  e->traceback = Value::None();
  e->cause = Value::None();
  e->context = Value::None();
  e->args = NewTupleFrom(ts, args, nargs);
  if (e->args == nullptr) return Value::Error();
  return Value::Obj(e);
}

}  // namespace builtins

Value RaiseWithMessage(ThreadState& ts, ClassObject* cls,
                       std::string_view message) {
  Value arg = Value::None();
  uint32_t n = 0;
  if (!message.empty()) {
    arg = StrValue(ts, message);
    if (arg.IsError()) return arg;
    n = 1;
  }
  Value e = builtins::NewException(ts, cls, &arg, n);
  if (e.IsError()) return e;
  ts.pending_exception = e;
  return Value::Error();
}

Value RaiseValue(ThreadState& ts, Value exception) {
  if (IsKind(exception, ObjKind::kClass)) {
    auto* cls = As<ClassObject>(exception);
    if (cls->flags & kClassException) {
      Value e = CallValue(ts, exception, nullptr, 0);
      if (e.IsError()) return e;
      exception = e;
    }
  }
  ts.pending_exception = exception;
  return Value::Error();
}

Value RaiseTypeError(ThreadState& ts, std::string_view message) {
  return RaiseWithMessage(ts, Rt(ts).exc.type_error, message);
}
Value RaiseValueError(ThreadState& ts, std::string_view message) {
  return RaiseWithMessage(ts, Rt(ts).exc.value_error, message);
}
Value RaiseIndexError(ThreadState& ts, std::string_view message) {
  return RaiseWithMessage(ts, Rt(ts).exc.index_error, message);
}
Value RaiseKeyError(ThreadState& ts, Value key) {
  Value e = builtins::NewException(ts, Rt(ts).exc.key_error, &key, 1);
  if (e.IsError()) return e;
  ts.pending_exception = e;
  return Value::Error();
}
Value RaiseOverflowError(ThreadState& ts, std::string_view message) {
  return RaiseWithMessage(ts, Rt(ts).exc.overflow_error, message);
}
Value RaiseZeroDivisionError(ThreadState& ts, std::string_view message) {
  return RaiseWithMessage(ts, Rt(ts).exc.zero_division_error, message);
}

Value RaiseMemoryError(ThreadState& ts) {
  RuntimeState& rt = Rt(ts);
  rt.memory_reserve.reset();
  // Allocating the instance may itself fail; a bare class is still a
  // raisable value the VM normalises later, and needs no memory.
  auto* e = rt.heap.New<ExceptionObject>(ts, ObjKind::kException,
                                         rt.exc.memory_error);
  if (e == nullptr) {
    ts.pending_exception = Value::Obj(rt.exc.memory_error);
    return Value::Error();
  }
  e->traceback = Value::None();
  e->cause = Value::None();
  e->context = Value::None();
  e->args = NewTuple(ts, 0);
  ts.pending_exception = Value::Obj(e);
  return Value::Error();
}

Value RaiseStopIteration(ThreadState& ts) {
  return RaiseWithMessage(ts, Rt(ts).exc.stop_iteration, "");
}
Value RaiseAttributeError(ThreadState& ts, std::string_view message) {
  return RaiseWithMessage(ts, Rt(ts).exc.attribute_error, message);
}
Value RaiseRuntimeError(ThreadState& ts, std::string_view message) {
  return RaiseWithMessage(ts, Rt(ts).exc.runtime_error, message);
}

bool PendingExceptionMatches(ThreadState& ts, ClassObject* cls) {
  Value e = ts.pending_exception;
  if (IsKind(e, ObjKind::kClass)) {
    return IsSubclass(As<ClassObject>(e), cls);
  }
  if (!e.IsObject()) return false;
  return IsSubclass(e.AsObject()->cls, cls);
}

Value TakePendingException(ThreadState& ts) {
  Value e = ts.pending_exception;
  ts.pending_exception = Value::None();
  return e;
}

}  // namespace interp
