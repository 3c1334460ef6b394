// Raising from the VM: normalising `raise` operands, __cause__ and
// __context__ links, traceback entries recorded while an exception
// unwinds, and the errors the loop raises itself (NameError,
// UnboundLocalError, RecursionError).
#include <string>

#include "absl/strings/str_cat.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/objects/list.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/vm/call.h"
#include "runtime/vm/interpreter.h"
#include "runtime/vm/loop_helpers.h"
#include "runtime/vm/suggestions.h"
#include "runtime/vm/vm_internal.h"

namespace interp {
namespace vm {
namespace {

// An exception instance built without calling its class: RecursionError
// must not need the re-entry the error is about.
Value RaiseDirect(ThreadState& ts, ClassObject* cls, std::string_view msg) {
  RuntimeState& rt = Rt(ts);
  auto* e = rt.heap.New<ExceptionObject>(ts, ObjKind::kException, cls);
  if (e == nullptr) return RaiseMemoryError(ts);
  Str* s = NewStr(ts, msg);
  if (s == nullptr) return Value::Error();
  Value sv = Value::Obj(s);
  Tuple* t = NewTupleFrom(ts, &sv, 1);
  if (t == nullptr) return Value::Error();
  e->args = t;
  e->traceback = Value::None();
  e->cause = Value::None();
  e->context = Value::None();
  ts.pending_exception = Value::Obj(e);
  return Value::Error();
}

}  // namespace

bool IsExceptionClass(Value v) {
  return IsKind(v, ObjKind::kClass) &&
         (As<ClassObject>(v)->flags & kClassException) != 0;
}

Value RaiseRecursionError(ThreadState& ts, std::string_view suffix) {
  return RaiseDirect(
      ts, Rt(ts).exc.recursion_error,
      absl::StrCat("maximum recursion depth exceeded", AV(suffix)));
}

Value RaiseNameError(ThreadState& ts, Str* name) {
  Value r =
      RaiseDirect(ts, Rt(ts).exc.name_error,
                  absl::StrCat("name '", AV(name->view()), "' is not defined"));
  if (IsKind(ts.pending_exception, ObjKind::kException)) {
    auto* e = static_cast<ExceptionObject*>(ts.pending_exception.AsObject());
    if (e->attrs == nullptr) e->attrs = NewDict(ts);
    if (e->attrs != nullptr) {
      DictSetStr(ts, e->attrs, Rt(ts).names.name, Value::Obj(name));
    }
  }
  RecordNameErrorContext(ts);  // for the "Did you mean" hint
  return r;
}

Value RaiseUnboundLocal(ThreadState& ts, CodeBody* body, uint32_t var) {
  std::string_view name =
      var < body->varnames.size() ? body->varnames[var]->view() : "?";
  return RaiseDirect(ts, Rt(ts).exc.unbound_local_error,
                     absl::StrCat("cannot access local variable '", AV(name),
                                  "' where it is not associated with a value"));
}

Value RaiseUnboundDeref(ThreadState& ts, CodeBody* body, uint32_t reg,
                        bool local) {
  std::string_view name = "?";
  if (reg < body->varnames.size() && body->varnames[reg] != nullptr) {
    name = body->varnames[reg]->view();
  }
  // A free register's name may only be known from free_names.
  for (size_t i = 0; i < body->free_regs.size(); ++i) {
    if (body->free_regs[i] == reg && i < body->free_names.size()) {
      name = body->free_names[i]->view();
    }
  }
  if (local) {
    return RaiseDirect(
        ts, Rt(ts).exc.unbound_local_error,
        absl::StrCat("cannot access local variable '", AV(name),
                     "' where it is not associated with a value"));
  }
  return RaiseDirect(
      ts, Rt(ts).exc.name_error,
      absl::StrCat("cannot access free variable '", AV(name),
                   "' where it is not associated with a value in enclosing "
                   "scope"));
}

void LinkContext(ThreadState& ts, Value exc) {
  Value handled = ts.handled_exception;
  if (!IsKind(exc, ObjKind::kException) ||
      !IsKind(handled, ObjKind::kException) || handled.Is(exc)) {
    return;
  }
  // Break a cycle the new link would close (exc already in handled's
  // context chain), as CPython does.
  auto* h = static_cast<ExceptionObject*>(handled.AsObject());
  for (int guard = 0; h != nullptr && guard < 10000; ++guard) {
    if (!IsKind(h->context, ObjKind::kException)) break;
    if (h->context.Is(exc)) {
      h->context = Value::None();
      break;
    }
    h = static_cast<ExceptionObject*>(h->context.AsObject());
  }
  static_cast<ExceptionObject*>(exc.AsObject())->context = handled;
}

Value MakeRaisable(ThreadState& ts, Value v) {
  if (IsKind(v, ObjKind::kException)) return v;
  if (IsExceptionClass(v)) {
    Value e = CallValue(ts, v, nullptr, 0);
    if (e.IsError()) return e;
    if (!IsKind(e, ObjKind::kException)) {
      return RaiseFormat(ts, Rt(ts).exc.type_error,
                         "calling %s should have returned an instance of "
                         "BaseException, not %s",
                         As<ClassObject>(v)->name->view(), TypeNameOf(ts, e));
    }
    return e;
  }
  return RaiseTypeError(ts, "exceptions must derive from BaseException");
}

bool SetCause(ThreadState& ts, Value exc, Value cause) {
  auto* e = static_cast<ExceptionObject*>(exc.AsObject());
  if (cause.IsNone()) {
    e->cause = Value::None();
    e->suppress_context = true;
    return true;
  }
  if (IsExceptionClass(cause) || IsKind(cause, ObjKind::kException)) {
    TempRoots roots(ts);
    roots.Add(exc);
    Value c = MakeRaisable(ts, cause);
    if (c.IsError()) return false;
    e->cause = c;
    e->suppress_context = true;
    return true;
  }
  RaiseTypeError(ts, "exception causes must derive from BaseException");
  return false;
}

int ExceptionMatches(ThreadState& ts, Value exc, Value spec) {
  RuntimeState& rt = Rt(ts);
  ClassObject* ec = ClassOf(rt, exc);
  auto check = [&](Value c) -> int {
    if (!IsExceptionClass(c)) {
      RaiseTypeError(ts,
                     "catching classes that do not inherit from BaseException "
                     "is not allowed");
      return -1;
    }
    return IsSubclass(ec, As<ClassObject>(c)) ? 1 : 0;
  };
  if (IsKind(spec, ObjKind::kTuple)) {
    Tuple* t = As<Tuple>(spec);
    int found = 0;
    for (uint32_t i = 0; i < t->size; ++i) {
      int m = check(t->items[i]);
      if (m < 0) return -1;
      if (m) found = 1;
    }
    return found;
  }
  return check(spec);
}

}  // namespace vm

Value RaiseWithContext(ThreadState& ts, Value exc) {
  vm::LinkContext(ts, exc);
  ts.pending_exception = exc;
  return Value::Error();
}

Value CurrentHandledException(ThreadState& ts) { return ts.handled_exception; }

}  // namespace interp
